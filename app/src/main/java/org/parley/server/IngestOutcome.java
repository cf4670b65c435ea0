package org.parley.server;

import org.parley.store.IngestResult;

/**
 * What storing a posted article did.
 *
 * @param id      the article id
 * @param result  inserted, replaced, or unchanged (same id and text already stored: nothing was redone)
 * @param actors  actors extracted (0 when unchanged)
 * @param quotes  quotes extracted
 * @param events  events extracted
 * @param places  places extracted
 */
public record IngestOutcome(String id, IngestResult result, int actors, int quotes, int events, int places) {
}
