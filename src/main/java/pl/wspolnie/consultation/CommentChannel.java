package pl.wspolnie.consultation;

/**
 * How a comment reached the office, recorded with it, so the programme states only the channels that were used:
 * the public site's form, the API (an integrator or the office's own entry), or an e-mail the office entered through
 * the API ({@code "channel": "EMAIL"}), or a postulate raised at a meeting with organisations during the consultation
 * ({@code MEETING}, set by the meetings module, never accepted from a submission).
 */
public enum CommentChannel {
    PUBLIC_FORM, API, EMAIL, MEETING
}
