package org.sbiretl.transforms.block;

import java.util.Arrays;

/**
 * 64-bit FNV-1a hashes of blocking keys, and a sorted-array set of them: a compact way to ship
 * every award-side key to the recipient side (16 MB for two million keys) so that recipient keys no
 * award has are dropped before the shuffle. A hash collision only lets an extra key through.
 */
public final class KeyHashes {
  private static final long OFFSET = 0xcbf29ce484222325L;
  private static final long PRIME = 0x100000001b3L;

  private final long[] sorted;

  private KeyHashes(long[] sorted) {
    this.sorted = sorted;
  }

  public static long hash(String key) {
    long h = OFFSET;
    for (int i = 0; i < key.length(); i++) {
      h ^= key.charAt(i);
      h *= PRIME;
    }
    return h;
  }

  public static KeyHashes of(Iterable<Long> hashes) {
    int n = 0;
    long[] a = new long[1024];
    for (long h : hashes) {
      if (n == a.length) {
        a = Arrays.copyOf(a, n * 2);
      }
      a[n++] = h;
    }
    long[] s = Arrays.copyOf(a, n);
    Arrays.sort(s);
    return new KeyHashes(s);
  }

  /**
   * The set of the side input a DoFn currently sees, rebuilt only when the runner hands over a new
   * side-input instance, not once per element.
   */
  public static final class Cache {
    private Iterable<Long> source;
    private KeyHashes set;

    public KeyHashes of(Iterable<Long> hashes) {
      if (set == null || source != hashes) {
        set = KeyHashes.of(hashes);
        source = hashes;
      }
      return set;
    }
  }

  public boolean contains(String key) {
    return Arrays.binarySearch(sorted, hash(key)) >= 0;
  }

  public int size() {
    return sorted.length;
  }
}
