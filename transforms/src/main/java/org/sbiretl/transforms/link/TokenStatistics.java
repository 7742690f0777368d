package org.sbiretl.transforms.link;

import java.util.Map;
import org.apache.beam.sdk.values.PCollectionView;

/**
 * Side inputs describing the recipient table: how many recipients carry each name token that occurs
 * in an award name, and how many recipients there are.
 */
public record TokenStatistics(
    PCollectionView<Map<String, Long>> documentFrequency, PCollectionView<Long> recipientCount)
    implements java.io.Serializable {}
