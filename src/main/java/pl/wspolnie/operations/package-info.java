/**
 * What the people who run Wspólnie look at: health groups for the load balancer and the orchestrator (liveness,
 * readiness with the database, the job executor and the mail outbox), Prometheus metrics of the engine and of our
 * own work, and the security of those endpoints. Reads other capabilities through the database, the engine's
 * public API and, for the comments no process answers, the process module's own count; changes nothing.
 */
package pl.wspolnie.operations;
