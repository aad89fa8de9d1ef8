import { mountCheckout } from "./checkout.js";

mountCheckout(document.getElementById("app"));
