/**
 * Adapter of the in-process sentence model (ONNX Runtime and DJL's tokenizer): the only package that touches them.
 * It implements the reuse package's {@code SentenceEmbedder} port; domain code never sees the runtime.
 */
package io.wiretrace.embedding;
