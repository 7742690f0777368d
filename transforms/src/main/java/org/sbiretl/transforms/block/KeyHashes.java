package org.sbiretl.transforms.block;

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
   *
   * <p>An open-addressing table of one {@code long} per slot, holding the position plus one in its
   * low {@link #positionBits} bits and the hash's high bits above them (0 is an empty slot): a
   * lookup that hits costs one memory access, where a map with separate key and value arrays costs
   * two, and the table takes 8 bytes per slot instead of 12. A hash of no key that agrees with a
   * key's stored bits on its probe path is taken for that key; like a collision of the full hashes,
   * that only lets an extra key through (about once in 10^4 runs at production shape).
   */
  private transient volatile long[] positions;

  /**
   * Set when two keys of the set agree in their stored bits on one probe path, which would make one
   * unreachable; lookups then check each position against the sorted hashes. Almost never set.
   */
  private transient boolean verify;

  private transient int positionBits;
  private transient int slotShift;

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
    long[] table = positions;
    if (table == null) {
      table = build();
    }
    long mixed = hash * 0x9E3779B97F4A7C15L;
    long[] bits = present;
    long bit = mixed >>> presentShift;
    if ((bits[(int) (bit >>> 6)] & (1L << bit)) == 0) {
      return -1;
    }
    long positionMask = (1L << positionBits) - 1;
    long fingerprint = hash & ~positionMask;
    int mask = table.length - 1;
    for (int slot = (int) (mixed >>> slotShift); ; slot = (slot + 1) & mask) {
      long entry = table[slot];
      if (entry == 0) {
        return -1;
      }
      if ((entry & ~positionMask) == fingerprint) {
        int position = (int) (entry & positionMask) - 1;
        if (!verify || sorted[position] == hash) {
          return position;
        }
      }
    }
  }

  private synchronized long[] build() {
    if (positions != null) {
      return positions;
    }
    int bitBits = Math.max(6, 64 - Long.numberOfLeadingZeros(Math.max(1L, sorted.length * 8L - 1)));
    long[] bits = new long[1 << (bitBits - 6)];
    int shift = 64 - bitBits;
    // At most three slots in four filled, so that probes stay short.
    int slotBits =
        Math.max(4, 64 - Long.numberOfLeadingZeros(Math.max(1L, sorted.length * 4L / 3)));
    long[] table = new long[1 << slotBits];
    int mask = table.length - 1;
    positionBits = 64 - Long.numberOfLeadingZeros(sorted.length + 1L);
    long positionMask = (1L << positionBits) - 1;
    slotShift = 64 - slotBits;
    boolean ambiguous = false;
    for (int i = 0; i < sorted.length; i++) {
      long mixed = sorted[i] * 0x9E3779B97F4A7C15L;
      bits[(int) ((mixed >>> shift) >>> 6)] |= 1L << (mixed >>> shift);
      long fingerprint = sorted[i] & ~positionMask;
      int slot = (int) (mixed >>> slotShift);
      while (table[slot] != 0) {
        ambiguous |= (table[slot] & ~positionMask) == fingerprint;
        slot = (slot + 1) & mask;
      }
      table[slot] = fingerprint | (i + 1L);
    }
    verify = ambiguous;
    presentShift = shift;
    present = bits;
    positions = table;
    return table;
  }

  /** The sorted hashes; not a copy, do not change. */
  public long[] sorted() {
    return sorted;
  }

  public int size() {
    return sorted.length;
  }
}
