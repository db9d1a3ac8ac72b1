package io.wiretrace.provenance;

import java.util.List;

/**
 * Who copied, republished or rewrote a node, as a tree: each derivative hangs under the node it most probably took
 * from, once.
 *
 * @param root     the node asked about
 * @param branches its direct derivatives
 */
public record DerivativeTree(Node root, List<Branch> branches) {

    public DerivativeTree {
        branches = List.copyOf(branches);
    }

    /** Number of derivatives in the tree, all levels. */
    public int size() {
        return branches.stream().mapToInt(Branch::size).sum();
    }

    /**
     * @param edge        the derivation (from {@code node} to its parent in the tree)
     * @param node        the derivative
     * @param probability product of confidences from the root down to it
     * @param branches    its own derivatives
     */
    public record Branch(Edge edge, Node node, double probability, List<Branch> branches) {
        public Branch {
            branches = List.copyOf(branches);
        }

        int size() {
            return 1 + branches.stream().mapToInt(Branch::size).sum();
        }
    }
}
