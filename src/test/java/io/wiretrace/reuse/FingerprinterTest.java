package io.wiretrace.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FingerprinterTest {

    private final Fingerprinter fingerprinter = new Fingerprinter();

    @Test
    void hashesAreFixedValuesNotJvmDependent() {
        // stored keys must survive restarts and upgrades: these values may only change with a migration
        assertThat(Hashing.hash("syria")).isEqualTo(Hashing.hash(new StringBuilder("syr").append("ia")));
        assertThat(Hashing.hash("syria")).isNotEqualTo(Hashing.hash("iraq"));
        assertThat(Hashing.hash("")).isEqualTo(Hashing.mix(0xcbf29ce484222325L));
        assertThat(new Fingerprinter().fingerprint(text(1, 300))).isEqualTo(fingerprinter.fingerprint(text(1, 300)));
    }

    @Test
    void aTextNormalisedOnceGivesTheFingerprintOfTheText() {
        String text = "Officials said 1,383 tonnes were moved. \u201cWe rebuilt it,\u201d said Jane Roe. " + text(5, 200);
        assertThat(fingerprinter.fingerprint(new TextNormalizer().normalize(text)))
                .isEqualTo(fingerprinter.fingerprint(text));
    }

    @Test
    void fingerprintHasTheDocumentedShape() {
        Fingerprint fp = fingerprinter.fingerprint(text(2, 500));
        assertThat(fp.signature()).hasSize(128);
        assertThat(fp.bandKeys()).hasSize(32);
        assertThat(fp.tokenCount()).isEqualTo(500);
        // winnowing keeps about 2/(w+1) of 496 shingles
        assertThat(fp.partialKeys().length).isBetween(35, 90);
        assertThat(fingerprinter.fingerprint("").bandKeys()).isEmpty();
    }

    @Test
    void minHashEstimatesJaccard() {
        String a = text(3, 600);
        String b = a.substring(0, a.length() / 2) + " " + text(4, 300);
        NormalizedText na = new TextNormalizer().normalize(a);
        NormalizedText nb = new TextNormalizer().normalize(b);
        Shingler shingler = new Shingler(5);
        long[] sa = Shingler.distinctSorted(shingler.shingles(na));
        long[] sb = Shingler.distinctSorted(shingler.shingles(nb));
        int common = SortedSets.intersectionSize(sa, sb);
        double exact = (double) common / (sa.length + sb.length - common);
        double estimate = fingerprinter.fingerprint(a).estimatedJaccard(fingerprinter.fingerprint(b));
        assertThat(estimate).isCloseTo(exact, org.assertj.core.data.Offset.offset(0.15));
        assertThat(exact).isBetween(0.2, 0.5);
    }

    @Test
    void nearDuplicatesShareBandsAndUnrelatedTextsDoNot() {
        String a = text(5, 400);
        Fingerprint original = fingerprinter.fingerprint(a);
        Fingerprint copy = fingerprinter.fingerprint("Breaking: " + a + " Copyright Example News.");
        Fingerprint other = fingerprinter.fingerprint(text(6, 400));
        assertThat(sharedBands(original, copy)).isGreaterThan(10);
        assertThat(sharedBands(original, other)).isZero();
    }

    @Test
    void winnowingGuaranteesAKeyForAnyTwentyWordPassage() {
        SplittableRandom rng = new SplittableRandom(7);
        for (int trial = 0; trial < 50; trial++) {
            String passage = text(100 + trial, 20);
            String host1 = text(200 + trial, 50 + rng.nextInt(400)) + " " + passage + " " + text(300 + trial, 200);
            String host2 = text(400 + trial, rng.nextInt(300)) + " " + passage + " " + text(500 + trial, 100);
            long[] k1 = fingerprinter.fingerprint(host1).partialKeys();
            long[] k2 = fingerprinter.fingerprint(host2).partialKeys();
            assertThat(SortedSets.intersectionSize(k1, k2)).as("trial %d", trial).isPositive();
        }
    }

    private static int sharedBands(Fingerprint a, Fingerprint b) {
        long[] ka = a.bandKeys();
        long[] kb = b.bandKeys();
        int n = 0;
        for (int i = 0; i < ka.length; i++) {
            n += ka[i] == kb[i] ? 1 : 0;
        }
        return n;
    }

    /** Random words from a small alphabet of syllables: deterministic per seed. */
    static String text(long seed, int words) {
        SplittableRandom rng = new SplittableRandom(seed);
        String[] syl = {"ka", "lo", "mi", "ra", "ten", "vor", "shi", "pe", "dan", "ul", "ex", "bri"};
        String[] out = new String[words];
        for (int i = 0; i < words; i++) {
            out[i] = syl[rng.nextInt(syl.length)] + syl[rng.nextInt(syl.length)] + syl[rng.nextInt(syl.length)];
        }
        return String.join(" ", Arrays.asList(out));
    }
}
