/**
 * What the people who run Wspólnie look at: health groups for the load balancer and the orchestrator (liveness,
 * readiness with the database, the job executor and the mail outbox), Prometheus metrics of the engine and of our
 * own work, and the security of those endpoints. Reads other capabilities only through the database and the
 * engine's public API; changes nothing.
 */
package pl.wspolnie.operations;
