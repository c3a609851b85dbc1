package uk.gov.lbhf.withus.e2e;

/**
 * The offline capture and sync journeys again, with the packaged app on real PostgreSQL (the production profile and
 * its insert path: one statement per push, replays found by the insert itself), not only on H2.
 */
class OfflineCaptureAndSyncPostgresIT extends OfflineCaptureAndSyncIT {

    @Override
    PackagedApp.Database database() {
        return PackagedApp.Database.POSTGRES;
    }
}
