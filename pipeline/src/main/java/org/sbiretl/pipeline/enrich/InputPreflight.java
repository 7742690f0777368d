package org.sbiretl.pipeline.enrich;

import java.io.IOException;
import java.io.Reader;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.sbiretl.transforms.read.ByteSniff;
import org.sbiretl.transforms.read.HeaderCheck;
import org.sbiretl.transforms.read.InvalidInputException;

/**
 * Checks inputs before a pipeline is built, so a missing file or a file without a recognisable
 * header stops the run with one message naming the file, not with a stack trace from a worker.
 */
public final class InputPreflight {
  private InputPreflight() {}

  /**
   * An absolute form of a local path or glob: a cluster's task managers have another working
   * directory. Paths with a scheme ({@code gs://}, {@code hdfs://}) are returned unchanged.
   */
  public static String absolute(String pathOrGlob) {
    if (hasScheme(pathOrGlob)) {
      return pathOrGlob;
    }
    return Path.of(pathOrGlob).toAbsolutePath().normalize().toString();
  }

  /** True for a URI with a scheme ({@code gs://}, {@code hdfs://}); false for a local path. */
  private static boolean hasScheme(String pathOrGlob) {
    return pathOrGlob.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*");
  }

  /** The files a pattern matches; throws when there are none. */
  public static List<MatchResult.Metadata> match(String pattern, String what) {
    boolean local = !hasScheme(pattern);
    boolean glob = pattern.chars().anyMatch(ch -> ch == '*' || ch == '?' || ch == '[' || ch == '{');
    if (local && !glob) {
      // Beam's local file system treats a path that does not exist as a glob and walks the whole
      // tree under its first existing parent (for "/missing.csv", the root): check it directly.
      Path path = Path.of(pattern);
      if (!Files.isRegularFile(path)) {
        throw new InvalidInputException(
            Files.isDirectory(path)
                ? what + " path is a directory, not a file: " + pattern
                : Files.exists(path)
                    ? what + " path is not a regular file (a FIFO, socket or device): " + pattern
                    : what + " file not found: " + pattern);
      }
      if (!Files.isReadable(path)) {
        throw new InvalidInputException(what + " file is not readable: " + pattern);
      }
    }
    try {
      MatchResult result = FileSystems.match(pattern);
      if (result.status() != MatchResult.Status.OK || result.metadata().isEmpty()) {
        throw new InvalidInputException(what + " file not found: " + pattern);
      }
      return result.metadata();
    } catch (IOException e) {
      throw new InvalidInputException(what + " file not found or unreadable: " + pattern, e);
    }
  }

  public static void checkAwards(String pattern) {
    for (MatchResult.Metadata file : match(pattern, "awards")) {
      requireText(file);
      try (Reader reader = open(file.resourceId())) {
        HeaderCheck.awards(reader, file.resourceId().toString());
      } catch (IOException e) {
        throw unreadable(file, e);
      }
    }
  }

  /**
   * Every recipient file has a usable header or none; at least one has a data row. Recipients with
   * no rows at all would leave every award unmatched, which is a wrong input, not a result.
   */
  public static void checkRecipients(String pattern) {
    boolean anyRows = false;
    for (MatchResult.Metadata file : match(pattern, "recipients")) {
      if (file.resourceId().getFilename().toLowerCase(Locale.ROOT).endsWith(".parquet")) {
        anyRows |= file.sizeBytes() > 0;
        continue;
      }
      requireText(file);
      try (Reader reader = open(file.resourceId())) {
        anyRows |= HeaderCheck.recipients(reader, file.resourceId().toString());
      } catch (IOException e) {
        throw unreadable(file, e);
      }
    }
    if (!anyRows) {
      throw new InvalidInputException(
          "recipients "
              + pattern
              + " hold no recipient rows (empty or header only): every award"
              + " would end unmatched");
    }
  }

  /** Compressed, UTF-16 and binary files are named as such, not parsed into garbage rows. */
  private static void requireText(MatchResult.Metadata file) {
    try (java.io.InputStream in = Channels.newInputStream(FileSystems.open(file.resourceId()))) {
      ByteSniff.requireText(in, file.resourceId().toString());
    } catch (IOException e) {
      throw unreadable(file, e);
    }
  }

  private static Reader open(ResourceId id) throws IOException {
    return org.sbiretl.transforms.read.TextFiles.open(
        Channels.newInputStream(FileSystems.open(id)));
  }

  private static InvalidInputException unreadable(MatchResult.Metadata file, IOException e) {
    return new InvalidInputException(
        file.resourceId() + ": cannot be read (" + e.getMessage() + ")", e);
  }
}
