package org.sbiretl.transforms.block;

import com.carrotsearch.hppc.LongIntHashMap;
import java.util.Arrays;

/**
 * 64-bit FNV-1a hashes of blocking keys, and a sorted-array set of them: a compact way to ship
 * every award-side key to the recipient side (16 MB for two million keys) so that recipient keys no
 * award has are dropped before the shuffle. A hash collision only lets an extra key through.
 */
public final class KeyHashes implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  private static final long OFFSET = 0xcbf29ce484222325L;
  private static final long PRIME = 0x100000001b3L;

  private final long[] sorted;

  /**
   * Hash → position, built on first use: a binary search over millions of keys misses the cache at
   * almost every step, and the recipient passes look up tens of millions of keys. Built once per
   * copy, under a lock: a side input may be shared by the workers of one JVM.
   */
  private transient volatile LongIntHashMap positions;

  /**
   * One bit per slot of a table with eight slots per hash, set for every hash of the set: three in
   * four recipient keys at production shape are in no award, and this table (2 MB for two million
   * keys, near the cache) turns most of them away before the hash map's two memory accesses.
   */
  private transient volatile long[] present;

  private transient int presentShift;

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

  /** A set of the first {@code length} of the given hashes, which may repeat; not changed. */
  public static KeyHashes ofUnsorted(long[] hashes, int length) {
    long[] s = Arrays.copyOf(hashes, length);
    Arrays.sort(s);
    int n = 0;
    for (int i = 0; i < s.length; i++) {
      if (i == 0 || s[i] != s[i - 1]) {
        s[n++] = s[i];
      }
    }
    return new KeyHashes(n == s.length ? s : Arrays.copyOf(s, n));
  }

  /** The set of an array already sorted and free of repeats, not copied. */
  public static KeyHashes ofSortedDistinct(long[] sorted) {
    return new KeyHashes(sorted);
  }

  public boolean contains(String key) {
    return indexOf(hash(key)) >= 0;
  }

  /** Position of a hash in the sorted set, or a negative number when it is not there. */
  public int indexOf(long hash) {
    LongIntHashMap p = positions;
    if (p == null) {
      p = build();
    }
    long[] bits = present;
    long slot = (hash * 0x9E3779B97F4A7C15L) >>> presentShift;
    if ((bits[(int) (slot >>> 6)] & (1L << slot)) == 0) {
      return -1;
    }
    return p.getOrDefault(hash, -1);
  }

  private synchronized LongIntHashMap build() {
    if (positions != null) {
      return positions;
    }
    int slotBits =
        Math.max(6, 64 - Long.numberOfLeadingZeros(Math.max(1L, sorted.length * 8L - 1)));
    long[] bits = new long[1 << (slotBits - 6)];
    int shift = 64 - slotBits;
    LongIntHashMap p = new LongIntHashMap(sorted.length);
    for (int i = 0; i < sorted.length; i++) {
      p.put(sorted[i], i);
      long slot = (sorted[i] * 0x9E3779B97F4A7C15L) >>> shift;
      bits[(int) (slot >>> 6)] |= 1L << slot;
    }
    presentShift = shift;
    present = bits;
    positions = p;
    return p;
  }

  /** The sorted hashes; not a copy, do not change. */
  public long[] sorted() {
    return sorted;
  }

  public int size() {
    return sorted.length;
  }
}
