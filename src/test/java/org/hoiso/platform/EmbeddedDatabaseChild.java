package org.hoiso.platform;

import java.util.concurrent.CountDownLatch;

/**
 * A process that starts the embedded PostgreSQL on a data directory exactly as hoiso does, says so on its
 * standard output, and waits to be killed: {@link EmbeddedDatabaseIT} kills it with SIGKILL.
 */
final class EmbeddedDatabaseChild {

    private EmbeddedDatabaseChild() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedDatabase db = EmbeddedDatabase.start(new PlatformProperties.EmbeddedDb(args[0], 0, "32MB", 2));
        System.out.println("READY " + db.port());
        System.out.flush();
        new CountDownLatch(1).await();
    }
}
