package org.sbiretl.transforms.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.sbiretl.transforms.record.Award;
import org.sbiretl.transforms.record.ErrorRecord;

/** Parses a whole award file the way {@link ReadAwards} does, without a pipeline. */
final class AwardFiles {
  private AwardFiles() {}

  record Parsed(List<Award> awards, List<ErrorRecord> errors, List<AwardParser.Result> all) {}

  static Parsed parse(Reader reader, String name) {
    RecordSource source = RecordSource.open(reader, name, true);
    AwardParser parser = new AwardParser(AwardHeader.resolve(source.headerCells(), name), name);
    List<Award> awards = new ArrayList<>();
    List<ErrorRecord> errors = new ArrayList<>();
    List<AwardParser.Result> all = new ArrayList<>();
    while (source.hasNext()) {
      parser.parseRecord(
          source.next(),
          source.fields(),
          result -> {
            all.add(result);
            if (result.award() != null) {
              awards.add(result.award());
            } else {
              errors.add(result.error());
            }
          });
    }
    return new Parsed(awards, errors, all);
  }

  static Parsed parse(String text, String name) {
    return parse(new StringReader(text), name);
  }

  static Parsed resource(String path) {
    InputStream in = AwardFiles.class.getResourceAsStream(path);
    if (in == null) {
      throw new IllegalArgumentException("no test resource " + path);
    }
    try (Reader reader = TextFiles.open(in)) {
      return parse(reader, path.substring(path.lastIndexOf('/') + 1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
