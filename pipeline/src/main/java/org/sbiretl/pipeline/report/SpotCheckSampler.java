package org.sbiretl.pipeline.report;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import org.sbiretl.pipeline.output.OutputReader.OutputRow;

/**
 * A seeded random sample of matched rows per match method. Each row gets a pseudo-random rank from
 * a hash of the seed and its award id, and the {@code size} lowest ranks of each method are kept:
 * the sample is uniform, and depends only on the seed and the rows, not on the order in which
 * shards are read or on the runner.
 */
public final class SpotCheckSampler {
  public static final long DEFAULT_SEED = 42L;

  private final int size;
  private final long seed;
  private final Map<String, PriorityQueue<Ranked>> byMethod = new TreeMap<>();

  private record Ranked(long rank, String awardId, OutputRow row) {}

  private static final Comparator<Ranked> LOWEST_FIRST =
      Comparator.comparingLong(Ranked::rank).thenComparing(Ranked::awardId);

  public SpotCheckSampler(int size, long seed) {
    this.size = size;
    this.seed = seed;
  }

  public void offer(String method, OutputRow row) {
    if (size <= 0) {
      return;
    }
    String awardId = String.valueOf(row.text("award_id"));
    PriorityQueue<Ranked> heap =
        byMethod.computeIfAbsent(method, m -> new PriorityQueue<>(LOWEST_FIRST.reversed()));
    heap.add(new Ranked(rank(awardId), awardId, row));
    if (heap.size() > size) {
      heap.poll();
    }
  }

  /** The sample: methods alphabetically, rows by rank within a method. */
  public Map<String, List<OutputRow>> sample() {
    Map<String, List<OutputRow>> out = new TreeMap<>();
    byMethod.forEach(
        (method, heap) -> {
          List<Ranked> ranked = new ArrayList<>(heap);
          ranked.sort(LOWEST_FIRST);
          out.put(method, ranked.stream().map(Ranked::row).toList());
        });
    return out;
  }

  private long rank(String awardId) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(ByteBuffer.allocate(Long.BYTES).putLong(seed).array());
      byte[] digest = sha.digest(awardId.getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.wrap(digest).getLong();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required on every Java platform", e);
    }
  }
}
