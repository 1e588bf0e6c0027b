/**
 * The Spark job: WARC/WET paths (local or any Hadoop file system) in, one Parquet row per record out, with the
 * record's status and error; runs embedded ({@code local[*]}) or under {@code spark-submit}.
 */
@NullMarked
package dev.pith.spark;

import org.jspecify.annotations.NullMarked;
