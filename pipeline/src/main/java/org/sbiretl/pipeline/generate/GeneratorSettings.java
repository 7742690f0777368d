package org.sbiretl.pipeline.generate;

import java.nio.file.Path;

/** What one generator run produces. */
record GeneratorSettings(
    int awards,
    int recipients,
    long seed,
    Path output,
    RecipientsFormat format,
    boolean identifiers) {}
