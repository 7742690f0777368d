package org.sbiretl.pipeline.enrich;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.sbiretl.pipeline.output.OutputTables;
import org.sbiretl.pipeline.security.FileModes;
import org.sbiretl.transforms.cet.CetTables;
import org.sbiretl.transforms.read.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The output directory of one run, written beside the previous run's outputs and swapped in only
 * when the run succeeds, so a failed or killed run never destroys the last good output and a
 * half-written directory never looks complete.
 *
 * <p>Layout inside the output directory {@code D}:
 *
 * <ul>
 *   <li>{@code D/.lock}: held (an OS file lock) for the whole run; a second run into {@code D} is
 *       refused while it is held.
 *   <li>{@code D/.partial-RUN/}: where the run writes. Deleted when the run fails.
 *   <li>{@code D/.previous-RUN/}: the previous outputs while they are being replaced.
 *   <li>{@code D/_SUCCESS}: written last; a directory without it is not a complete output.
 * </ul>
 *
 * <p>Publishing moves the old {@code _SUCCESS} aside first and writes the new one last. So if the
 * process dies while publishing, the next run finds a {@code .previous-RUN/} and no {@code
 * _SUCCESS}, and moves the previous outputs back: the directory is again the last complete output.
 *
 * <p>Everything a run writes here gets the configured {@link FileModes}: the staged tree just
 * before it is published, the lock and the marker when they are written. The staging folder has the
 * directory mode from the start, so what the run writes into it is not reachable by others while
 * the run goes on.
 */
public final class StagedOutput implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(StagedOutput.class);

  /** Marker of a complete output directory, written after every other file of a run. */
  public static final String SUCCESS_MARKER = "_SUCCESS";

  private static final String LOCK_FILE = ".lock";
  private static final String PARTIAL = ".partial-";
  private static final String PREVIOUS = ".previous-";

  private final Path dir;
  private final Path staging;
  private final String runId;
  private final FileModes modes;
  private final FileChannel lockChannel;
  private final FileLock lock;

  private StagedOutput(
      Path dir,
      Path staging,
      String runId,
      FileModes modes,
      FileChannel lockChannel,
      FileLock lock) {
    this.dir = dir;
    this.staging = staging;
    this.runId = runId;
    this.modes = modes;
    this.lockChannel = lockChannel;
    this.lock = lock;
  }

  /**
   * Locks {@code dir}, recovers from an earlier run that died while publishing, and creates an
   * empty staging directory.
   *
   * @param modes the permissions of what is written; {@code dir} gets the directory mode only when
   *     it is created here
   * @throws InvalidInputException when the directory cannot be written or another run holds it
   */
  public static StagedOutput open(Path dir, String runId, FileModes modes) throws IOException {
    Path absolute = dir.toAbsolutePath().normalize();
    FileChannel channel;
    try {
      modes.createDirectories(absolute);
      channel =
          FileChannel.open(
              absolute.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    } catch (java.nio.file.FileAlreadyExistsException e) {
      throw new InvalidInputException(
          "output directory " + absolute + " cannot be created: " + e.getFile() + " is a file", e);
    } catch (AccessDeniedException e) {
      throw new InvalidInputException("output directory " + absolute + " is not writable", e);
    } catch (FileSystemException e) {
      throw new InvalidInputException(
          "output directory " + absolute + " cannot be used: " + e.getReason(), e);
    }
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    }
    if (lock == null) {
      channel.close();
      throw new InvalidInputException(
          "output directory "
              + absolute
              + " is in use by another run (it holds "
              + absolute.resolve(LOCK_FILE)
              + "); wait for it to finish or choose another --output");
    }
    try {
      modes.applyToFile(absolute.resolve(LOCK_FILE));
      recover(absolute);
      Path staging = absolute.resolve(PARTIAL + runId);
      modes.createDirectories(staging);
      return new StagedOutput(absolute, staging, runId, modes, channel, lock);
    } catch (IOException | RuntimeException e) {
      lock.release();
      channel.close();
      throw e;
    }
  }

  /** Where the run writes its outputs until {@link #publish()}. */
  public Path staging() {
    return staging;
  }

  /** The directory the outputs are published into. */
  public Path directory() {
    return dir;
  }

  /** Replaces the previous outputs with the staged ones and marks the directory complete. */
  public void publish() throws IOException {
    modes.applyToTree(staging);
    Path previous = dir.resolve(PREVIOUS + runId);
    modes.createDirectories(previous);
    moveIfPresent(dir.resolve(SUCCESS_MARKER), previous.resolve(SUCCESS_MARKER));
    for (String name : entries()) {
      moveIfPresent(dir.resolve(name), previous.resolve(name));
    }
    for (String name : entries()) {
      moveIfPresent(staging.resolve(name), dir.resolve(name));
    }
    Path marker = staging.resolve(SUCCESS_MARKER);
    Files.writeString(
        marker,
        "{\"run_id\":\"" + runId + "\",\"published\":\"" + Instant.now() + "\"}\n",
        StandardCharsets.UTF_8);
    modes.applyToFile(marker);
    Files.move(marker, dir.resolve(SUCCESS_MARKER), StandardCopyOption.ATOMIC_MOVE);
    deleteTree(previous);
    deleteTree(staging);
  }

  /** Releases the lock; a staging directory that was not published is deleted. */
  @Override
  public void close() throws IOException {
    try {
      if (Files.exists(staging)) {
        deleteTree(staging);
      }
    } finally {
      lock.release();
      lockChannel.close();
    }
  }

  /**
   * Refuses a directory that a run did not finish publishing.
   *
   * @throws InvalidInputException naming the missing marker
   */
  public static void requireComplete(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new InvalidInputException("output directory not found: " + dir);
    }
    if (!Files.isRegularFile(dir.resolve(SUCCESS_MARKER))) {
      throw new InvalidInputException(
          dir
              + " is not a complete enrich output (no "
              + SUCCESS_MARKER
              + " marker): the run that wrote it failed or is still running");
    }
  }

  /** Everything a run writes, besides the marker. */
  static List<String> entries() {
    List<String> names = new ArrayList<>(OutputTables.ALL);
    names.add(EnrichAwards.RECIPIENT_ERRORS);
    // Moved aside even when this run has no CET stage: its outputs must not sit beside another
    // run's CET tables.
    names.add(CetTables.CLASSIFICATIONS);
    names.add(CetTables.PROFILES);
    names.add(EnrichAwards.DIAGNOSTICS);
    names.add(RunSummary.REPORT_DIR);
    names.add(RunSummary.FILE);
    return names;
  }

  /**
   * Cleans up after a run that died: its staging directory goes; previous outputs that it was
   * replacing are moved back unless it got as far as writing the new marker.
   */
  private static void recover(Path dir) throws IOException {
    List<Path> stale;
    try (Stream<Path> list = Files.list(dir)) {
      stale =
          list.filter(
                  p ->
                      p.getFileName().toString().startsWith(PARTIAL)
                          || p.getFileName().toString().startsWith(PREVIOUS))
              .sorted()
              .toList();
    }
    boolean complete = Files.isRegularFile(dir.resolve(SUCCESS_MARKER));
    for (Path p : stale) {
      if (p.getFileName().toString().startsWith(PREVIOUS) && !complete) {
        LOG.warn("an earlier run died while publishing; restoring the outputs it replaced");
        for (String name : entries()) {
          if (Files.exists(p.resolve(name))) {
            deleteTree(dir.resolve(name));
            Files.move(p.resolve(name), dir.resolve(name));
          }
        }
        moveIfPresent(p.resolve(SUCCESS_MARKER), dir.resolve(SUCCESS_MARKER));
        complete = Files.isRegularFile(dir.resolve(SUCCESS_MARKER));
      }
      deleteTree(p);
    }
  }

  private static void moveIfPresent(Path from, Path to) throws IOException {
    if (Files.exists(from)) {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
