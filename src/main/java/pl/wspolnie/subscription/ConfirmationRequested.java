package pl.wspolnie.subscription;

/**
 * An address asked for consultation news (or asked again after its link expired): it is due the e-mail with the link
 * that confirms it. Published in the transaction of the subscription.
 */
public record ConfirmationRequested(Long subscriptionId) {
}
