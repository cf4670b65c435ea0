package org.parley.query;

import java.time.LocalDate;
import java.util.List;
import org.parley.extract.Modality;

/**
 * One merged event: every stored event with the same date, source and target actor (across articles, by actor
 * registry key), CAMEO code, place and modality, with its counts and links to every evidence sentence.
 *
 * @param uid         stable 63-bit id of the merge key (the GDELT export's GLOBALEVENTID)
 * @param date        the date as given (ISO day, month or year; the publication day when articles give none)
 * @param dateFirst   first day the date covers, or null
 * @param dateLast    last day it covers, or null
 * @param source      who acted: registry key as id, with its registry name, code and country
 * @param target      to whom, or null
 * @param cameo       CAMEO event code
 * @param plover      PLOVER type, or null
 * @param quad        quad class 1-4
 * @param goldstein   Goldstein value
 * @param placeName   the place's name, or null
 * @param placeCountry the place's ISO alpha-2, or null
 * @param lat         latitude, or null
 * @param lon         longitude, or null
 * @param modality    how it was told (never mixed within one merged event)
 * @param mentions    evidence sentences
 * @param articles    articles, near-duplicates (one wire story republished) counted once
 * @param reports     articles, every republication counted
 * @param sources     distinct outlets
 * @param evidence    every evidence sentence, or empty when not asked for
 */
public record MergedEventRow(long uid, String date, LocalDate dateFirst, LocalDate dateLast, ActorRef source,
                             ActorRef target, String cameo, String plover, int quad, double goldstein,
                             String placeName, String placeCountry, Double lat, Double lon, Modality modality,
                             int mentions, int articles, int reports, int sources, List<EvidenceRef> evidence) {

    public MergedEventRow {
        evidence = List.copyOf(evidence);
    }
}
