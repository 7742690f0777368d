package org.sbiretl.pipeline.config;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One raw value for one key, with where it came from so that problems can point at the file line,
 * environment variable or --set argument to fix.
 *
 * @param key dotted key, e.g. {@code matching.high_threshold}
 * @param value the value as read (text for environment variables and --set)
 * @param source human-readable origin, e.g. {@code config/dev.yaml line 4}
 */
record Setting(String key, JsonNode value, String source) {}
