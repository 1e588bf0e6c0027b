/** JMH benchmarks per stage and the whole-corpus throughput command. */
@NullMarked
package dev.pith.bench;

import org.jspecify.annotations.NullMarked;
