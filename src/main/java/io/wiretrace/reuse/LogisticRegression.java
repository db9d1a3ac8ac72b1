package io.wiretrace.reuse;

/**
 * Binary logistic regression, in a few lines: standardised inputs, weights fitted by full-batch gradient descent on
 * the L2-regularised log loss. Used to train {@link DependenceModel} (see the README for the data and the figures).
 *
 * @param mean per-feature mean of the training inputs (for standardising)
 * @param scale per-feature standard deviation of the training inputs
 * @param weights per-feature weight on the standardised input
 * @param bias the intercept
 */
public record LogisticRegression(double[] mean, double[] scale, double[] weights, double bias) {

    /** Fits {@code P(y) = σ(bias + Σ wᵢ·(xᵢ − meanᵢ)/scaleᵢ)} to inputs {@code x} and 0/1 targets {@code y}. */
    public static LogisticRegression fit(double[][] x, boolean[] y, double l2, int iterations) {
        int n = x.length;
        int d = x[0].length;
        double[] mean = new double[d];
        double[] scale = new double[d];
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                mean[j] += row[j] / n;
            }
        }
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                scale[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / n;
            }
        }
        for (int j = 0; j < d; j++) {
            scale[j] = Math.sqrt(scale[j]) + 1e-9;
        }
        double[] w = new double[d];
        double b = 0;
        double rate = 0.5;
        for (int it = 0; it < iterations; it++) {
            double[] g = new double[d];
            double gb = 0;
            for (int i = 0; i < n; i++) {
                double err = sigmoid(b + dot(w, x[i], mean, scale)) - (y[i] ? 1 : 0);
                for (int j = 0; j < d; j++) {
                    g[j] += err * (x[i][j] - mean[j]) / scale[j] / n;
                }
                gb += err / n;
            }
            for (int j = 0; j < d; j++) {
                w[j] -= rate * (g[j] + l2 * w[j] / n);
            }
            b -= rate * gb;
        }
        return new LogisticRegression(mean, scale, w, b);
    }

    /** The probability of the positive class for input {@code x}. */
    public double probability(double[] x) {
        return sigmoid(bias + dot(weights, x, mean, scale));
    }

    private static double dot(double[] w, double[] x, double[] mean, double[] scale) {
        double s = 0;
        for (int j = 0; j < w.length; j++) {
            s += w[j] * (x[j] - mean[j]) / scale[j];
        }
        return s;
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
