/**
 * Sweeps on Apache Spark (issue 17): {@link org.vmmig.spark.SparkExecutor} runs each run of a sweep as a Spark
 * task on a standalone, YARN or Kubernetes cluster, with the same outcomes as the local executor;
 * {@link org.vmmig.spark.PlanetLabSweep} is a sweep of PlanetLab days × policies to spark-submit. How to run it
 * on a cluster, the JDK it needs and what it costs per run: docs/scale-out.md.
 */
package org.vmmig.spark;
