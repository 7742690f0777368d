package org.sbiretl.transforms.jmh;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sbiretl.transforms.block.BlockingKeys;
import org.sbiretl.transforms.block.KeyHashes;
import org.sbiretl.transforms.normalize.CompanyNames;
import org.sbiretl.transforms.score.PairComparator;
import org.sbiretl.transforms.score.PartyFeatures;
import org.sbiretl.transforms.score.TokenWeights;

/**
 * Throughput of the linker's per-record hot paths, in operations per second: normalising a company
 * name, computing a party's blocking keys, looking a key up among the awards' keys, and comparing
 * an award with a recipient. Not run in CI; the command is in
 * docs/performance/enrichment-benchmarks.md. Each benchmark cycles through the same few dozen name
 * pairs, in the forms SBIR.gov and USAspending write them.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LinkingMicrobenchmarks {
  /** Award-side names paired with how the recipient table writes the same firm. */
  private static final String[][] PAIRS = {
    {"Acme Technologies, Inc.", "ACME TECHNOLOGIES INC"},
    {"Physical Sciences Inc.", "PHYSICAL SCIENCES INC."},
    {"TDA Research, Inc", "T.D.A. RESEARCH, INCORPORATED"},
    {"Intelligent Automation, Inc. (dba BlueHalo Labs)", "BLUEHALO LABS LLC"},
    {"Creare LLC", "CREARE, LLC"},
    {"Sensor Therapeutics &amp; Diagnostics", "SENSOR THERAPEUTICS AND DIAGNOSTICS LLC"},
    {"Hedgefog Research Inc.", "HEDGEFOG RESEARCH, INC."},
    {"Aurora Flight Sciences Corporation", "AURORA FLIGHT SCIENCES CORP"},
    {"Spectral Sciences Incorporated", "SPECTRAL SCIENCES INC"},
    {"Radiation Monitoring Devices, Inc.", "RADIATION MONITORING DEVICES INC"},
    {"Nanocomp Technologies, Inc.", "NANOCOMP TECHNOLOGIES INC"},
    {"Luna Innovations Incorporated", "LUNA INNOVATIONS INC"},
    {"Mound Laser & Photonics Center, Inc.", "MOUND LASER AND PHOTONICS CENTER INC"},
    {"QorTek, Inc.", "QORTEK INC"},
    {"Giner, Inc.", "GINER ELX INC"},
    {"Boston Applied Technologies, Incorporated", "BOSTON APPLIED TECHNOLOGIES INC"},
  };

  private PartyFeatures[] awards;
  private PartyFeatures[] recipients;
  private PairComparator.Side[] awardSides;
  private PairComparator.Side[] recipientSides;
  private PairComparator comparator;
  private int next;
  private KeyHashes awardKeys;
  private long[] lookups;
  private int nextLookup;

  @Setup
  public void setUp() {
    java.util.Random random = new java.util.Random(7);
    long[] hashes = new long[2_100_000];
    for (int i = 0; i < hashes.length; i++) {
      hashes[i] = random.nextLong();
    }
    awardKeys = KeyHashes.ofUnsorted(hashes, hashes.length);
    lookups = new long[1 << 20];
    for (int i = 0; i < lookups.length; i++) {
      lookups[i] = i % 4 == 0 ? hashes[random.nextInt(hashes.length)] : random.nextLong();
    }
    awardKeys.indexOf(lookups[0]);
    comparator = new PairComparator(TokenWeights.uniform());
    int n = PAIRS.length;
    awards = new PartyFeatures[n];
    recipients = new PartyFeatures[n];
    awardSides = new PairComparator.Side[n];
    recipientSides = new PairComparator.Side[n];
    for (int i = 0; i < n; i++) {
      awards[i] = party(PAIRS[i][0], "Arlington", "VA", "22201", null);
      recipients[i] = party(PAIRS[i][1], "ARLINGTON", "VA", "22203", "ABCDEFGH1234");
      awardSides[i] = comparator.prepare(awards[i]);
      recipientSides[i] = comparator.prepare(recipients[i]);
    }
  }

  private static PartyFeatures party(
      String name, String city, String state, String zip, String uei) {
    List<String> names = new ArrayList<>(List.of(name));
    return new PartyFeatures(PartyFeatures.nameVariants(names), city, state, zip, uei, null);
  }

  private int nextIndex() {
    next = (next + 1) % PAIRS.length;
    return next;
  }

  @Benchmark
  public CompanyNames.Normalized normaliseCompanyName() {
    return CompanyNames.normalize(PAIRS[nextIndex()][0]);
  }

  /**
   * One recipient key looked up among the award keys of the production shape (2.1M hashes), one
   * lookup in four a hit, as in the recipient passes: memory-bound, so it shows what each memory
   * access of the lookup costs.
   */
  @Benchmark
  public int lookUpAwardKey() {
    return awardKeys.indexOf(lookups[nextLookup++ & (lookups.length - 1)]);
  }

  @Benchmark
  public Set<String> blockingKeys() {
    return BlockingKeys.of(recipients[nextIndex()]);
  }

  @Benchmark
  public PairComparator.Result scorePreparedPair() {
    int i = nextIndex();
    return comparator.compare(awardSides[i], recipientSides[i]);
  }

  @Benchmark
  public PairComparator.Result scorePairFromFeatures() {
    int i = nextIndex();
    return comparator.compare(awards[i], recipients[i]);
  }
}
