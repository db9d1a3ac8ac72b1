package io.wiretrace.review;

import io.wiretrace.embedding.MiniLmSentenceEmbedder;

/**
 * The edited-copy checks with the sentence model, as the service runs by default: most sentences of the copy are
 * settled on their lexical score without the model, and every change must still be reported where it is, and nothing
 * else.
 */
class EditedCopyWithModelTest extends EditedCopyTest {

    @Override
    RewriteReviewer reviewer() {
        return RewriteReviewer.withSemanticModel(new MiniLmSentenceEmbedder());
    }
}
