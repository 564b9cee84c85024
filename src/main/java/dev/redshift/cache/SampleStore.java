package dev.redshift.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The sample cache on disk: one SQLite database, {@code samples.db}, in the cache directory. A row holds one
 * network's values under every measure and its non-finite mark, with a CRC-32 of its bytes; a row whose
 * checksum or length does not match is treated as absent (and recomputed), never read as numbers. SQLite's
 * write-ahead log makes every batch of rows one atomic transaction (a process killed mid-write leaves the last
 * committed state) and locks the file across processes, so two runs may share a cache. A database file that
 * SQLite finds damaged (e.g. truncated) is moved aside and a fresh one started.
 */
public final class SampleStore implements AutoCloseable {

    /** The database's file name inside the cache directory. */
    public static final String FILE = "samples.db";

    private final Path directory;
    private Connection db;

    private SampleStore(Path directory) {
        this.directory = directory;
    }

    /**
     * Opens (or creates) the cache in {@code directory}.
     *
     * @throws UncheckedIOException when the directory cannot be created or the database not opened
     */
    public static SampleStore open(Path directory) {
        SampleStore store = new SampleStore(directory);
        try {
            Files.createDirectories(directory);
            store.connect();
            if (!store.healthy()) {
                store.startAfresh("failed SQLite's integrity check");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the sample cache in " + directory, e);
        } catch (SQLException e) {
            store.startAfresh(e.getMessage());
        }
        return store;
    }

    /** The cache directory. */
    public Path directory() {
        return directory;
    }

    private void connect() throws SQLException {
        db = DriverManager.getConnection("jdbc:sqlite:" + directory.resolve(FILE));
        try (Statement s = db.createStatement()) {
            s.execute("PRAGMA busy_timeout = 60000"); // another process writing: wait, do not fail
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("PRAGMA synchronous = NORMAL");
            s.execute("CREATE TABLE IF NOT EXISTS configurations (key TEXT PRIMARY KEY, description TEXT NOT NULL)");
            s.execute("CREATE TABLE IF NOT EXISTS networks (key TEXT NOT NULL, idx INTEGER NOT NULL,"
                    + " data BLOB NOT NULL, crc INTEGER NOT NULL, PRIMARY KEY (key, idx)) WITHOUT ROWID");
            s.execute("CREATE TABLE IF NOT EXISTS functions (key TEXT NOT NULL, first INTEGER NOT NULL,"
                    + " count INTEGER NOT NULL, data BLOB NOT NULL, crc INTEGER NOT NULL,"
                    + " PRIMARY KEY (key, first, count)) WITHOUT ROWID");
        }
    }

    private boolean healthy() throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("PRAGMA quick_check")) {
            return r.next() && "ok".equals(r.getString(1));
        }
    }

    /** Moves a damaged database aside (kept for a post-mortem) and starts an empty one. */
    private void startAfresh(String why) {
        try {
            if (db != null) {
                db.close();
            }
            Path file = directory.resolve(FILE);
            Path aside = directory.resolve(FILE + ".damaged-" + System.currentTimeMillis());
            if (Files.exists(file)) {
                Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.deleteIfExists(directory.resolve(FILE + "-wal"));
            Files.deleteIfExists(directory.resolve(FILE + "-shm"));
            System.err.println("[redshift] sample cache " + file + " is damaged (" + why + "): "
                    + (Files.exists(aside) ? "moved aside to " + aside : "starting a fresh one")
                    + "; its values are recomputed");
            connect();
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("cannot start a fresh sample cache in " + directory + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * The stored networks of {@code key} among {@code first .. first+count−1} whose rows are intact, by index.
     */
    public synchronized Map<Long, StoredNetwork> read(SampleKey key, long first, int count, int measures) {
        Map<Long, StoredNetwork> out = new HashMap<>();
        try (PreparedStatement q = db.prepareStatement(
                "SELECT idx, data, crc FROM networks WHERE key = ? AND idx >= ? AND idx < ?")) {
            q.setString(1, key.id());
            q.setLong(2, first);
            q.setLong(3, first + count);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    byte[] data = r.getBytes(2);
                    StoredNetwork n = StoredNetwork.decode(data, r.getLong(3), measures);
                    if (n != null) {
                        out.put(r.getLong(1), n);
                    }
                }
            }
        } catch (SQLException e) {
            return damagedOnRead(e, out);
        }
        return out;
    }

    /** Stores networks {@code first ..} of {@code key} in one transaction (replacing what was there). */
    public synchronized void write(SampleKey key, long first, StoredNetwork[] networks) {
        try {
            db.setAutoCommit(false);
            try (PreparedStatement c = db.prepareStatement(
                    "INSERT OR IGNORE INTO configurations (key, description) VALUES (?, ?)");
                    PreparedStatement w = db.prepareStatement(
                            "INSERT OR REPLACE INTO networks (key, idx, data, crc) VALUES (?, ?, ?, ?)")) {
                c.setString(1, key.id());
                c.setString(2, key.canonical());
                c.executeUpdate();
                for (int k = 0; k < networks.length; k++) {
                    byte[] data = networks[k].encode();
                    w.setString(1, key.id());
                    w.setLong(2, first + k);
                    w.setBytes(3, data);
                    w.setLong(4, crc(data));
                    w.addBatch();
                }
                w.executeBatch();
            }
            db.commit();
        } catch (SQLException e) {
            rollback();
            System.err.println("[redshift] sample cache: could not store values (" + e.getMessage() + ")");
        } finally {
            autoCommit();
        }
    }

    /** The stored functions of networks {@code first .. first+count−1}, or null. */
    public synchronized float[] readFunctions(SampleKey key, long first, int count) {
        try (PreparedStatement q = db.prepareStatement(
                "SELECT data, crc FROM functions WHERE key = ? AND first = ? AND count = ?")) {
            q.setString(1, key.id());
            q.setLong(2, first);
            q.setInt(3, count);
            try (ResultSet r = q.executeQuery()) {
                if (!r.next()) {
                    return null;
                }
                byte[] data = r.getBytes(1);
                if (data == null || data.length % Float.BYTES != 0 || crc(data) != r.getLong(2)) {
                    return null;
                }
                float[] out = new float[data.length / Float.BYTES];
                ByteBuffer.wrap(data).asFloatBuffer().get(out);
                return out;
            }
        } catch (SQLException e) {
            return damagedOnRead(e, null);
        }
    }

    /** Stores the functions of networks {@code first .. first+count−1}. */
    public synchronized void writeFunctions(SampleKey key, long first, int count, float[] functions) {
        ByteBuffer b = ByteBuffer.allocate(functions.length * Float.BYTES);
        b.asFloatBuffer().put(functions);
        byte[] data = b.array();
        try (PreparedStatement w = db.prepareStatement(
                "INSERT OR REPLACE INTO functions (key, first, count, data, crc) VALUES (?, ?, ?, ?, ?)")) {
            w.setString(1, key.id());
            w.setLong(2, first);
            w.setInt(3, count);
            w.setBytes(4, data);
            w.setLong(5, crc(data));
            w.executeUpdate();
        } catch (SQLException e) {
            System.err.println("[redshift] sample cache: could not store functions (" + e.getMessage() + ")");
        }
    }

    /** Number of configurations, networks and bytes on disk. */
    public synchronized CacheInfo info() {
        try (Statement s = db.createStatement()) {
            long configurations;
            long networks;
            try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM configurations")) {
                configurations = r.next() ? r.getLong(1) : 0;
            }
            try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM networks")) {
                networks = r.next() ? r.getLong(1) : 0;
            }
            long bytes = 0;
            for (String f : new String[] {FILE, FILE + "-wal", FILE + "-shm"}) {
                Path p = directory.resolve(f);
                bytes += Files.exists(p) ? Files.size(p) : 0;
            }
            return new CacheInfo(directory, configurations, networks, bytes);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the sample cache in " + directory + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes every stored value and returns the space to the file system. */
    public synchronized void clear() {
        try (Statement s = db.createStatement()) {
            s.execute("DELETE FROM networks");
            s.execute("DELETE FROM functions");
            s.execute("DELETE FROM configurations");
            s.execute("VACUUM");
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot clear the sample cache in " + directory + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            db.close();
        } catch (SQLException e) {
            // closing a read-only view of values already committed: nothing to lose
        }
    }

    static long crc(byte[] data) {
        CRC32 c = new CRC32();
        c.update(data);
        return c.getValue();
    }

    private <T> T damagedOnRead(SQLException e, T fallback) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("malformed") || m.contains("not a database") || m.contains("CORRUPT")) {
            startAfresh(m);
        } else {
            System.err.println("[redshift] sample cache: could not read (" + m + "); values are recomputed");
        }
        return fallback;
    }

    private void rollback() {
        try {
            db.rollback();
        } catch (SQLException ignored) {
            // the transaction is gone either way
        }
    }

    private void autoCommit() {
        try {
            db.setAutoCommit(true);
        } catch (SQLException ignored) {
            // the next statement reopens a transaction as needed
        }
    }
}
