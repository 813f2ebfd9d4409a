// Peer for <dauys-faq>: Shoelace's sl-details, one per question (cherry-picked, as its docs
// recommend), with the icon assets served next to the page.
import { setBasePath } from '@shoelace-style/shoelace/dist/utilities/base-path.js';
import '@shoelace-style/shoelace/dist/components/details/details.js';

setBasePath('/peer/shoelace');
