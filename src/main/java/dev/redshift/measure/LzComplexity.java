package dev.redshift.measure;

/**
 * LZ78 complexity (DESIGN §3, measure {@code lz}): the number of distinct phrases of the left-to-right LZ78
 * parse, each phrase being the shortest prefix of the rest not yet in the dictionary. A trailing phrase that
 * is already in the dictionary adds nothing.
 */
public final class LzComplexity implements ComplexityMeasure {

    /** Default number of quantisation levels. */
    public static final int DEFAULT_LEVELS = 10;

    private final Symbolizer symbolizer;

    /** LZ78 over {@code levels} equal-width bins. */
    public LzComplexity(int levels) {
        this(levels, GridOrdering.ROWS);
    }

    /** Over {@code levels} equal-width bins, a 2-D grid read in {@code ordering}. */
    public LzComplexity(int levels, GridOrdering ordering) {
        this.symbolizer = new Symbolizer(new Quantizer(levels), ordering);
    }

    public LzComplexity() {
        this(DEFAULT_LEVELS);
    }

    @Override
    public String name() {
        return "lz";
    }

    @Override
    public boolean accepts(Observation observation) {
        return true;
    }

    @Override
    public Complexity measure(Observation observation) {
        int[] symbols = symbolizer.symbols(observation);
        return symbols == null ? Complexity.undefined(Grids.NON_FINITE_REASON) : Complexity.of(phrases(symbols));
    }

    /** Number of LZ78 dictionary phrases of a symbol sequence. */
    public static int phrases(int[] symbols) {
        // The dictionary is a trie: phrase = (parent phrase, next symbol). Node 0 is the empty phrase.
        PhraseTrie trie = new PhraseTrie(symbols.length);
        int node = 0;
        for (int symbol : symbols) {
            int child = trie.child(node, symbol);
            if (child >= 0) {
                node = child;
            } else {
                trie.add(node, symbol);
                node = 0;
            }
        }
        return trie.size();
    }

    /**
     * Open-addressing map (parent, symbol) → child that doubles when half full. It starts small: a parse of n
     * symbols has far fewer than n phrases (about 470 for a 64×64 grid), and a table sized for n would cost
     * more to allocate and clear than the parse itself.
     */
    private static final class PhraseTrie {
        private static final int INITIAL_CAPACITY = 1024;

        private long[] keys;
        private int[] children;
        private int mask;
        private int size;

        PhraseTrie(int maxPhrases) {
            allocate(Math.min(INITIAL_CAPACITY, Integer.highestOneBit(Math.max(4, maxPhrases) * 2) << 1));
        }

        private void allocate(int capacity) {
            keys = new long[capacity];
            children = new int[capacity];
            mask = capacity - 1;
            java.util.Arrays.fill(keys, -1L);
        }

        int child(int parent, int symbol) {
            long key = key(parent, symbol);
            for (int slot = slot(key); ; slot = (slot + 1) & mask) {
                if (keys[slot] == key) {
                    return children[slot];
                }
                if (keys[slot] == -1L) {
                    return -1;
                }
            }
        }

        void add(int parent, int symbol) {
            if (2 * (size + 1) > keys.length) {
                grow();
            }
            put(key(parent, symbol), ++size);
        }

        private void put(long key, int child) {
            int slot = slot(key);
            while (keys[slot] != -1L) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            children[slot] = child;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldChildren = children;
            allocate(2 * oldKeys.length);
            for (int k = 0; k < oldKeys.length; k++) {
                if (oldKeys[k] != -1L) {
                    put(oldKeys[k], oldChildren[k]);
                }
            }
        }

        int size() {
            return size;
        }

        private static long key(int parent, int symbol) {
            return ((long) parent << 32) | (symbol & 0xffffffffL);
        }

        private int slot(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h >>> 40) & mask;
        }
    }
}
