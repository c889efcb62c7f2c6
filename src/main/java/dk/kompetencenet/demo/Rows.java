package dk.kompetencenet.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import dk.kompetencenet.platform.persistence.Vendor;

/**
 * Plain JDBC batch inserts for generated data, on one connection, committed in chunks: after every
 * {@value #COMMIT_ROWS} rows or so and wherever the caller says ({@link #commit()}), so that a stop or a crash loses
 * one chunk and Derby recovers in seconds, not from one transaction of a million rows. Between chunks the stop check
 * the caller gave is run. Ids come from the id table JPA uses ({@code BaseEntity}'s {@code @TableGenerator}: row
 * {@code entity} of {@code id_generator}), taken in blocks of {@value #BLOCK}: the row is advanced in the chunk that
 * needs the block, so JPA's allocations start after it, and set back to the last id used at the end unless someone
 * took ids after the block meanwhile. Tables are written in the order they were declared, so declaring parents before
 * children keeps every foreign key satisfied, in every chunk.
 */
final class Rows {

    /** One table's prepared insert and the rows batched for it. */
    final class Table {
        private final String name;
        private final PreparedStatement insert;
        private final int[] types;
        private int pending;
        private long written;

        private Table(String name, String columns) throws SQLException {
            this.name = name;
            int count = columns.split(",").length;
            this.insert = connection.prepareStatement("INSERT INTO " + name + " (" + columns + ") VALUES ("
                    + String.join(", ", java.util.Collections.nCopies(count, "?")) + ")");
            this.types = new int[count];
            for (int i = 0; i < count; i++) {
                types[i] = insert.getParameterMetaData().getParameterType(i + 1);
            }
        }

        /** Adds a row; the values in the order of the declared columns. */
        void add(Object... values) {
            try {
                for (int i = 0; i < values.length; i++) {
                    Object value = jdbc(values[i]);
                    if (value == null) {
                        insert.setNull(i + 1, types[i]);
                    } else {
                        insert.setObject(i + 1, value);
                    }
                }
                insert.addBatch();
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot add a row to " + name, e);
            }
            written++;
            uncommitted++;
            if (++pending >= BATCH) {
                flush();
            }
        }

        String name() {
            return name;
        }

        long written() {
            return written;
        }

        private void execute() throws SQLException {
            if (pending > 0) {
                insert.executeBatch();
                pending = 0;
            }
        }
    }

    private static final int BATCH = 1_000;
    private static final int BLOCK = 100_000;
    static final int COMMIT_ROWS = 10_000;

    private final Connection connection;
    private final Runnable checkpoint;
    private final List<Table> tables = new ArrayList<>();
    private long nextId;
    private long blockEnd;
    private final long firstId;
    private long uncommitted;

    /** Rows on this connection (auto-commit off), running {@code checkpoint} between chunks (it may throw to stop). */
    Rows(Connection connection, Runnable checkpoint) throws SQLException {
        this.connection = connection;
        this.checkpoint = checkpoint;
        this.blockEnd = advance(BLOCK);
        this.nextId = blockEnd - BLOCK + 1;
        this.firstId = nextId;
    }

    /** Declares a table; declare parents before children. */
    Table table(String name, String columns) throws SQLException {
        Table table = new Table(name, columns);
        tables.add(table);
        return table;
    }

    /**
     * The next id of the block, taking another block when it is used up: contiguous unless JPA took ids from the table
     * between two chunks (then the new block starts after those).
     */
    long id() {
        if (nextId > blockEnd) {
            try {
                long end = advance(BLOCK);
                if (end - BLOCK != blockEnd) {
                    nextId = end - BLOCK + 1;
                }
                blockEnd = end;
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot take more ids", e);
            }
        }
        return nextId++;
    }

    long firstId() {
        return firstId;
    }

    long lastId() {
        return nextId - 1;
    }

    /** Sends every batched row, parents first; commits when a chunk's worth is written since the last commit. */
    void flush() {
        try {
            for (Table table : tables) {
                table.execute();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot insert the generated rows: " + e.getMessage(), e);
        }
        if (uncommitted >= COMMIT_ROWS) {
            commit();
        }
    }

    /** Sends every batched row and commits them (with the ids taken so far), then runs the stop check. */
    void commit() {
        uncommitted = 0;
        flush();
        try {
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot commit the generated rows: " + e.getMessage(), e);
        }
        checkpoint.run();
    }

    /**
     * Sends what is left and gives back the ids of the block that were not used, unless ids were taken after the
     * block meanwhile; the caller commits.
     */
    void finish() throws SQLException {
        flush();
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE id_generator SET next_value = ? WHERE name = 'entity' AND next_value = ?")) {
            update.setLong(1, lastId());
            update.setLong(2, blockEnd);
            update.executeUpdate();
        }
        for (Table table : tables) {
            table.insert.close();
        }
    }

    /**
     * Both databases plan queries by statistics, which a load of this size leaves far behind (on Derby the overviews
     * then chose plans that ran for minutes); they are brought up to date for every table written, at once rather
     * than whenever PostgreSQL's autovacuum comes round to it.
     */
    void updateStatistics() throws SQLException {
        updateStatistics(tables.stream().map(table -> table.name).toList());
    }

    /** The same for tables written otherwise (derived from those written here). */
    void updateStatistics(List<String> names) throws SQLException {
        if (Vendor.of(connection) == Vendor.POSTGRESQL) {
            try (Statement analyze = connection.createStatement()) {
                analyze.execute("ANALYZE " + String.join(", ", names));
            }
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS(?, ?, NULL)")) {
            for (String name : names) {
                update.setString(1, connection.getSchema());
                update.setString(2, name.toUpperCase(java.util.Locale.ROOT));
                update.execute();
            }
        }
    }

    private long advance(int by) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE id_generator SET next_value = next_value + ? WHERE name = 'entity'");
             PreparedStatement select = connection.prepareStatement(
                     "SELECT next_value FROM id_generator WHERE name = 'entity'")) {
            update.setLong(1, by);
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("The id table has no row 'entity'");
            }
            try (ResultSet r = select.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static Object jdbc(Object value) {
        if (value instanceof LocalDate date) {
            return java.sql.Date.valueOf(date);
        }
        if (value instanceof LocalDateTime time) {
            return Timestamp.valueOf(time);
        }
        if (value instanceof Instant instant) {
            return Timestamp.from(instant);
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return value;
    }
}
