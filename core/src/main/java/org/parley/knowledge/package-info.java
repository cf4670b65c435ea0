/**
 * What Parley knows about actors before it reads an article: every ISO 3166-1 country and territory
 * (names, demonyms, capitals), the seats and buildings that stand for governments ("the Kremlin",
 * "the Pentagon"), international and major organizations, armed groups, parties and news media, and the
 * role words ("foreign minister", "rebels") that say which sector an actor belongs to, and the office
 * holders (heads of state and government, G20 foreign and defence ministers, heads of major international
 * organizations) whose name alone says who they speak for.
 *
 * <p>{@link org.parley.knowledge.ActorKnowledge} is the entry point; the tables ship as TSV resources
 * under {@code org/parley/knowledge/} (see the README there for their sources).
 */
package org.parley.knowledge;
