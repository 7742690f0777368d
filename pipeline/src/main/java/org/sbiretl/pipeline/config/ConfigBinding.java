package org.sbiretl.pipeline.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Converts between validated dotted-key values and {@link EtlConfig}. Record components are the
 * camelCase forms of the snake_case keys, so binding needs no per-key code.
 */
final class ConfigBinding {
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          // A schema key without a record component, or the reverse, is a programming error that
          // must fail loudly rather than silently drop or zero a setting.
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  private ConfigBinding() {}

  /** Binds canonical values (already checked against {@link ConfigSchema}). */
  static EtlConfig bind(Map<String, JsonNode> values) {
    ObjectNode root = MAPPER.createObjectNode();
    values.forEach((path, value) -> put(root, path, value));
    try {
      return MAPPER.treeToValue(root, EtlConfig.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("ConfigSchema and EtlConfig disagree: " + e.getMessage(), e);
    }
  }

  static Map<String, Object> toJsonMap(EtlConfig config) {
    ObjectNode root = MAPPER.valueToTree(config);
    for (ConfigKey key : ConfigSchema.KEYS) {
      if (key.isSecret()) {
        JsonNode value = get(root, key.path());
        put(
            root,
            key.path(),
            TextNode.valueOf(EtlConfig.mask(value == null ? "" : value.asText())));
      }
    }
    return MAPPER.convertValue(root, new TypeReference<LinkedHashMap<String, Object>>() {});
  }

  private static JsonNode get(ObjectNode root, String path) {
    JsonNode node = root;
    for (String part : path.split("\\.")) {
      node = node == null ? null : node.get(part);
    }
    return node;
  }

  private static void put(ObjectNode root, String path, JsonNode value) {
    String[] parts = path.split("\\.");
    ObjectNode section = root;
    for (int i = 0; i < parts.length - 1; i++) {
      JsonNode child = section.get(parts[i]);
      section = child instanceof ObjectNode object ? object : section.putObject(parts[i]);
    }
    section.set(parts[parts.length - 1], value);
  }
}
