package org.sbiretl.transforms.normalize;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values already computed, shared safely by the threads of a worker, that stop being remembered
 * once {@code bound} are: the common keys (tokens of company names) arrive first and most often,
 * and the rare ones must not fill the memory of a pass over millions of rows.
 */
public final class BoundedMemo<K, V> {
  private final Map<K, V> values = new ConcurrentHashMap<>();
  private final int bound;

  public BoundedMemo(int bound) {
    this.bound = bound;
  }

  /** The remembered value of {@code key}, or {@code compute}'s, remembered while there is room. */
  public V get(K key, Function<? super K, ? extends V> compute) {
    V known = values.get(key);
    if (known != null) {
      return known;
    }
    V value = compute.apply(key);
    if (values.size() < bound) {
      values.put(key, value);
    }
    return value;
  }

  /** How many values are remembered. */
  int size() {
    return values.size();
  }
}
