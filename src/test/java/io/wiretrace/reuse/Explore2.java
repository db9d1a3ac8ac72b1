package io.wiretrace.reuse;
import java.nio.file.*;
import java.util.*;
public class Explore2 {
  public static void main(String[] args) throws Exception {
    String a = Files.readString(Path.of(args[0])), b = Files.readString(Path.of(args[1]));
    if (args[0].endsWith("html")) a = Corpus.crudeText(a);
    if (args[1].endsWith("html")) b = Corpus.crudeText(b);
    boolean sem = args.length > 2;
    TextNormalizer n = new TextNormalizer();
    ReuseThresholds t = new ReuseThresholds(0.9, 0.5, 20, 8, 4, 0.28, 0.5, 3, 0.3, 2);
    SentenceAligner al = new SentenceAligner(new LexicalSentenceEmbedder(n), sem ? new MiniLmSentenceEmbedder() : null, new AnchorExtractor(n), t);
    SentenceSplitter sp = new SentenceSplitter();
    var sa = sp.split(a); var sb = sp.split(b);
    System.out.println(sa.size() + " / " + sb.size());
    for (var p : al.align(sa, sb)) System.out.printf("%.2f lex=%.2f sem=%.2f %s%n   A: %s%n   B: %s%n", p.similarity(), p.lexical(), p.semantic(), p.sharedAnchors().stream().map(Anchor::text).toList(), p.a().text(), p.b().text());
  }
}
