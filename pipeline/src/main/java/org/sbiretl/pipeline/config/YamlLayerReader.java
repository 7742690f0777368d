package org.sbiretl.pipeline.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Reads one YAML file into a {@link Layer}. It streams rather than reading a tree so that each
 * value keeps its line number for error messages.
 */
final class YamlLayerReader {
  private static final ObjectMapper YAML =
      new ObjectMapper(
          YAMLFactory.builder()
              // A key given twice in one file is almost always an editing mistake.
              .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
              .build());

  private YamlLayerReader() {}

  /**
   * @param name how the file is named in messages, e.g. {@code config/dev.yaml}
   */
  static Layer read(String name, InputStream in, List<String> problems) {
    Layer layer = Layer.forFile(problems);
    try (JsonParser parser = YAML.createParser(in)) {
      JsonToken first = parser.nextToken();
      if (first == null || first == JsonToken.VALUE_NULL) {
        return layer; // an empty file changes nothing
      }
      if (first != JsonToken.START_OBJECT) {
        layer.fail(name + ": must be a mapping of keys to values");
        return layer;
      }
      readSection(parser, "", name, layer);
    } catch (JsonProcessingException e) {
      layer.fail("cannot parse " + name + at(e.getLocation()) + ": " + e.getOriginalMessage());
    } catch (IOException e) {
      layer.fail("cannot read " + name + ": " + e.getMessage());
    }
    return layer;
  }

  private static void readSection(JsonParser parser, String prefix, String name, Layer layer)
      throws IOException {
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = prefix.isEmpty() ? parser.currentName() : prefix + "." + parser.currentName();
      JsonToken token = parser.nextToken();
      String source = name + " line " + parser.currentTokenLocation().getLineNr();
      if (ConfigSchema.isSection(key) && token == JsonToken.START_OBJECT) {
        readSection(parser, key, name, layer);
      } else if (ConfigSchema.isSection(key) && token == JsonToken.VALUE_NULL) {
        // "matching:" with nothing under it: an empty section, not an error.
      } else if (ConfigSchema.isSection(key) || ConfigSchema.key(key) == null) {
        parser.skipChildren();
        layer.add(key, NullNode.getInstance(), source);
      } else {
        JsonNode value = parser.readValueAsTree();
        layer.add(key, value == null ? NullNode.getInstance() : value, source);
      }
    }
  }

  private static String at(JsonLocation location) {
    return location == null || location.getLineNr() < 1
        ? ""
        : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
  }
}
