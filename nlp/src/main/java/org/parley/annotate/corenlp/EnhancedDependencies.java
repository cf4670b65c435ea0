package org.parley.annotate.corenlp;

import edu.stanford.nlp.international.Language;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TreeGraphNode;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalStructure;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a basic Universal Dependencies tree from {@link NeuralDependencyParser} into CoreNLP's enhanced++ graph,
 * through CoreNLP's own conversion, built the way CoreNLP's parser annotator builds it for the same tree.
 * Only enhanced++ is made: it is the one graph extraction reads, and each of the four others CoreNLP's
 * annotator also builds costs about as much.
 *
 * <p>Thread-safety: stateless.
 */
final class EnhancedDependencies {

    private EnhancedDependencies() {
    }

    static SemanticGraph enhancedPlusPlus(List<CoreLabel> tokens, List<NeuralDependencyParser.Arc> arcs) {
        IndexedWord root = new IndexedWord(new Word("ROOT"));
        root.set(CoreAnnotations.IndexAnnotation.class, 0);
        List<TypedDependency> deps = new ArrayList<>(arcs.size());
        for (NeuralDependencyParser.Arc arc : arcs) {
            IndexedWord dependent = new IndexedWord(tokens.get(arc.dependent() - 1));
            IndexedWord governor = arc.head() == 0 ? root : new IndexedWord(tokens.get(arc.head() - 1));
            GrammaticalRelation relation = arc.head() == 0 ? GrammaticalRelation.ROOT : relation(arc.label());
            deps.add(new TypedDependency(relation, governor, dependent));
        }
        GrammaticalStructure gs = new UniversalEnglishGrammaticalStructure(deps, new TreeGraphNode(root));
        return SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS,
                GrammaticalStructure.Extras.NONE, null);
    }

    private static GrammaticalRelation relation(String label) {
        GrammaticalRelation known = UniversalEnglishGrammaticalRelations.shortNameToGRel.get(label);
        return known != null ? known
                : new GrammaticalRelation(Language.UniversalEnglish, label, null, GrammaticalRelation.DEPENDENT);
    }
}
