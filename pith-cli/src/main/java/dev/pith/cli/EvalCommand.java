package dev.pith.cli;

import picocli.CommandLine.Command;

/** {@code pith eval}: measures extraction and repair on benchmark data. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Measures pith on benchmark data.",
    subcommands = {EvalExtractCommand.class, EvalRepairCommand.class})
final class EvalCommand {}
