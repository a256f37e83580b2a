package org.hoiso.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.util.ClassUtils;

/**
 * Sees the SQL the application really sends, so the benchmark can EXPLAIN the app's own statements
 * instead of a copy of their text that would drift from MemberRepository.
 *
 * <p>It wraps the application's DataSource in a JDK proxy (plain JDBC interfaces only). While
 * {@link #recording} is off it merely forwards calls (a reflective hop of well under a microsecond per
 * call); while on, it keeps every prepared statement's SQL, bound parameters and execution time.
 */
final class StatementRecorder implements BeanPostProcessor {

    /** One parameter setter call ({@code setString(1, "…")}), replayable on another statement. */
    record Binding(Method setter, Object[] args) {
        @Override
        public String toString() {
            return args.length > 1 ? "$" + args[0] + "=" + args[1] : setter.getName();
        }
    }

    /** A statement the application executed while recording. */
    record Recorded(String sql, List<Binding> bindings, long nanos) {
        double ms() {
            return nanos / 1e6;
        }
    }

    private volatile boolean recording;
    private final List<Recorded> recorded = new ArrayList<>();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource) {
            return proxy(bean, ClassUtils.getAllInterfaces(bean), this::dataSourceCall);
        }
        return bean;
    }

    /** Runs the action with recording on and returns the slowest statement it executed. */
    synchronized Optional<Recorded> slowestStatementOf(Runnable action) {
        return statementsOf(action).stream().max(Comparator.comparingLong(Recorded::nanos));
    }

    /** Runs the action with recording on and returns every statement it executed, in order. */
    synchronized List<Recorded> statementsOf(Runnable action) {
        recorded.clear();
        recording = true;
        try {
            action.run();
        } finally {
            recording = false;
        }
        return List.copyOf(recorded);
    }

    /** {@code EXPLAIN (ANALYZE, BUFFERS)} of the recorded statement with the same bound values. */
    static List<String> explain(Connection connection, Recorded statement) throws SQLException {
        List<String> plan = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + statement.sql())) {
            for (Binding b : statement.bindings()) {
                try {
                    b.setter().invoke(ps, b.args());
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new SQLException("cannot replay " + b, e);
                }
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    plan.add(rs.getString(1));
                }
            }
        }
        return plan;
    }

    private Object dataSourceCall(Object target, Method method, Object[] args) throws Throwable {
        Object result = invoke(target, method, args);
        if (result instanceof Connection c && method.getName().equals("getConnection")) {
            return proxy(c, new Class<?>[] {Connection.class}, this::connectionCall);
        }
        return result;
    }

    private Object connectionCall(Object target, Method method, Object[] args) throws Throwable {
        Object result = invoke(target, method, args);
        if (result instanceof PreparedStatement ps && method.getName().equals("prepareStatement") && recording) {
            return proxy(ps, new Class<?>[] {PreparedStatement.class}, new StatementHandler((String) args[0]));
        }
        return result;
    }

    /** Keeps the bindings of one prepared statement and times its execution. */
    private final class StatementHandler implements Handler {
        private final String sql;
        private final List<Binding> bindings = new ArrayList<>();

        StatementHandler(String sql) {
            this.sql = sql;
        }

        @Override
        public Object call(Object target, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer) {
                bindings.add(new Binding(method, args.clone()));
            }
            if (name.startsWith("execute")) {
                long start = System.nanoTime();
                Object result = invoke(target, method, args);
                long nanos = System.nanoTime() - start;
                synchronized (StatementRecorder.this) {
                    recorded.add(new Recorded(sql, List.copyOf(bindings), nanos));
                }
                return result;
            }
            return invoke(target, method, args);
        }
    }

    @FunctionalInterface
    private interface Handler {
        Object call(Object target, Method method, Object[] args) throws Throwable;
    }

    private static Object proxy(Object target, Class<?>[] interfaces, Handler handler) {
        InvocationHandler h = (p, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> p == args[0];
                    case "hashCode" -> System.identityHashCode(p);
                    default -> method.invoke(target, args);
                };
            }
            return handler.call(target, method, args);
        };
        return Proxy.newProxyInstance(StatementRecorder.class.getClassLoader(), interfaces, h);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
