package org.sbiretl.transforms.cet;

import java.io.Serializable;
import java.util.List;

/**
 * One Critical and Emerging Technology area of the taxonomy: its phrases (one match is good
 * evidence), related terms (weak alone) and exclusions (spans whose words do not count for it).
 * Phrases are lower-case words separated by single spaces; a word ending in {@code *} matches any
 * word it starts.
 */
public record CetArea(
    String id, String name, List<String> phrases, List<String> related, List<String> exclusions)
    implements Serializable {
  public CetArea {
    phrases = List.copyOf(phrases);
    related = List.copyOf(related);
    exclusions = List.copyOf(exclusions);
  }
}
