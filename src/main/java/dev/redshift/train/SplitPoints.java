package dev.redshift.train;

/**
 * A task whose every run splits one fixed set of points: either a random {@code train} of them per run (drawn
 * from the run's seed) or, when {@code fixedTrain} is given, those points for every run.
 */
final class SplitPoints implements TaskData {

    private final int inputs;
    private final Objective objective;
    private final float[] points;
    private final float[] targets;
    private final int train;
    private final int[][] fixedSplit;
    private final float[] image;

    SplitPoints(int inputs, Objective objective, float[] points, float[] targets, int train, float[] image) {
        this.inputs = inputs;
        this.objective = objective;
        this.points = points;
        this.targets = targets;
        this.train = train;
        this.fixedSplit = null;
        this.image = image;
    }

    SplitPoints(int inputs, Objective objective, float[] points, float[] targets, boolean[] trains, float[] image) {
        this.inputs = inputs;
        this.objective = objective;
        this.points = points;
        this.targets = targets;
        int count = 0;
        for (boolean t : trains) {
            count += t ? 1 : 0;
        }
        int[] in = new int[count];
        int[] out = new int[trains.length - count];
        for (int p = 0, a = 0, b = 0; p < trains.length; p++) {
            if (trains[p]) {
                in[a++] = p;
            } else {
                out[b++] = p;
            }
        }
        this.train = count;
        this.fixedSplit = new int[][] {in, out};
        this.image = image;
    }

    @Override
    public int inputs() {
        return inputs;
    }

    @Override
    public Objective objective() {
        return objective;
    }

    @Override
    public RunData split(long seed, long run) {
        int[][] split = fixedSplit != null ? fixedSplit
                : RunStreams.choose(RunStreams.split(seed, run), targets.length, train);
        return new RunData(gather(points, split[0], inputs), gather(targets, split[0], 1),
                gather(points, split[1], inputs), gather(targets, split[1], 1));
    }

    /** A classifier's points are the pairs of a sequence network, in the order of its answer table. */
    @Override
    public float[] sequencePoints() {
        return objective == Objective.CROSS_ENTROPY ? points.clone() : null;
    }

    @Override
    public float[] image() {
        return image == null ? null : image.clone();
    }

    private static float[] gather(float[] values, int[] rows, int width) {
        float[] out = new float[rows.length * width];
        for (int r = 0; r < rows.length; r++) {
            System.arraycopy(values, rows[r] * width, out, r * width, width);
        }
        return out;
    }
}
