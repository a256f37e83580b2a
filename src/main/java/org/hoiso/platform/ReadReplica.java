package org.hoiso.platform;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.interceptor.DefaultTransactionAttribute;

/**
 * Reads that may be served by the streaming replica ({@code hoiso.replica.url}), a little behind the primary: the
 * dashboards and the exports. A read-only transaction carrying {@link #LABEL} gets its connection from the replica
 * when one is configured; every other transaction, statement and Flyway itself uses the primary. It is an opt-in, not
 * every read-only transaction: most of them read what the same person has just written (her account, the page after
 * a save), which a replica may not have yet.
 *
 * <pre>
 * &#64;Transactional(readOnly = true, label = ReadReplica.LABEL)
 * </pre>
 *
 * or, inside a method that also writes (an export records its audit entry on the primary), {@link #read(Supplier)}.
 */
@Component
public class ReadReplica {

    /** The transaction label that sends a read-only transaction to the replica. */
    public static final String LABEL = "hoiso:read-replica";

    private final PlatformTransactionManager transactions;
    private final boolean configured;

    ReadReplica(PlatformTransactionManager transactions, ReplicaProperties replica) {
        this.transactions = transactions;
        this.configured = replica.configured();
    }

    /** Whether a replica is configured (otherwise every read goes to the primary). */
    public boolean configured() {
        return configured;
    }

    /**
     * Runs the work in a read-only transaction on the replica: a transaction of its own beside any open one (which
     * keeps its primary connection for its writes). Without a replica it joins the open transaction, on the primary.
     */
    public <T> T read(Supplier<T> work) {
        DefaultTransactionAttribute definition = new DefaultTransactionAttribute(
                configured ? TransactionDefinition.PROPAGATION_REQUIRES_NEW : TransactionDefinition.PROPAGATION_REQUIRED);
        definition.setReadOnly(true);
        definition.setLabels(List.of(LABEL));
        definition.setName(ReadReplica.class.getName());
        TransactionStatus status = transactions.getTransaction(definition);
        T result;
        try {
            result = work.get();
        } catch (RuntimeException | Error e) {
            transactions.rollback(status);
            throw e;
        }
        transactions.commit(status);
        return result;
    }
}
