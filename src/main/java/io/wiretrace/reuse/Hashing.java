package io.wiretrace.reuse;

/**
 * Deterministic 64-bit hashing shared by every fingerprint key. Values depend only on the input chars and the seed, never
 * on the JVM ({@link String#hashCode()} is avoided on purpose so that stored keys stay valid across versions).
 */
final class Hashing {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private Hashing() {
    }

    /** FNV-1a over the UTF-16 code units of {@code s}, finished with a murmur3 mix so that short strings spread well. */
    static long hash(CharSequence s) {
        long h = FNV_OFFSET;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            h ^= c & 0xff;
            h *= FNV_PRIME;
            h ^= c >>> 8;
            h *= FNV_PRIME;
        }
        return mix(h);
    }

    /** Hash of a string under a namespace, so that an anchor "q:x" and a name "x" never share a key. */
    static long hash(String namespace, CharSequence s) {
        return combine(hash(namespace), hash(s));
    }

    /** Order-dependent combination of two hashes. */
    static long combine(long h, long next) {
        return mix(h * 0x9e3779b97f4a7c15L + next);
    }

    /** The murmur3 64-bit finaliser: a bijection with good avalanche. */
    static long mix(long z) {
        z ^= z >>> 33;
        z *= 0xff51afd7ed558ccdL;
        z ^= z >>> 33;
        z *= 0xc4ceb93fe53a87f9L;
        z ^= z >>> 33;
        return z;
    }
}
