// Peer for <dauys-faq>: Lion's accordion, registered the way its docs show.
import '@lion/ui/define/lion-accordion.js';
