// Generated API client for the back-office service.

export interface RequestOptions {
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

async function request<T>(method: string, url: string, body?: unknown, opts: RequestOptions = {}): Promise<T> {
  const res = await fetch(url, {
    method,
    body: body === undefined ? undefined : JSON.stringify(body),
    headers: { "Content-Type": "application/json", ...opts.headers },
    signal: opts.signal,
  });
  if (!res.ok) {
    const text = await res.text();
    throw new Error(`${method} ${url}: ${res.status} ${text}`);
  }
  return (await res.json()) as T;
}

export interface Order000 {
  currency: number;
  version: boolean;
  amount: number;
}

export class Order000Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Order000[]> {
    return request<Order000[]>("GET", `${this.baseUrl}/orders?page=1&size=10`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Order000> {
    return request<Order000>("GET", `${this.baseUrl}/orders/${id}`, undefined, opts);
  }

  save(item: Order000, opts?: RequestOptions): Promise<Order000> {
    return request<Order000>("PUT", `${this.baseUrl}/orders`, item, opts);
  }
}

export interface Invoice001 {
  notes: number;
  id: boolean;
  priority: string;
}

export class Invoice001Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Invoice001[]> {
    return request<Invoice001[]>("GET", `${this.baseUrl}/invoices?page=1&size=20`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Invoice001> {
    return request<Invoice001>("GET", `${this.baseUrl}/invoices/${id}`, undefined, opts);
  }

  save(item: Invoice001, opts?: RequestOptions): Promise<Invoice001> {
    return request<Invoice001>("PUT", `${this.baseUrl}/invoices`, item, opts);
  }
}

export interface Customer002 {
  priority: number;
  version: boolean;
  notes: string;
}

export class Customer002Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Customer002[]> {
    return request<Customer002[]>("GET", `${this.baseUrl}/customers?page=1&size=20`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Customer002> {
    return request<Customer002>("GET", `${this.baseUrl}/customers/${id}`, undefined, opts);
  }

  save(item: Customer002, opts?: RequestOptions): Promise<Customer002> {
    return request<Customer002>("PUT", `${this.baseUrl}/customers`, item, opts);
  }
}

export interface Shipment003 {
  amount: boolean;
  version: string;
  region: boolean;
}

export class Shipment003Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Shipment003[]> {
    return request<Shipment003[]>("GET", `${this.baseUrl}/shipments?page=1&size=10`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Shipment003> {
    return request<Shipment003>("GET", `${this.baseUrl}/shipments/${id}`, undefined, opts);
  }

  save(item: Shipment003, opts?: RequestOptions): Promise<Shipment003> {
    return request<Shipment003>("PUT", `${this.baseUrl}/shipments`, item, opts);
  }
}

export interface Payment004 {
  amount: string;
  id: number;
  created_at: number;
}

export class Payment004Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Payment004[]> {
    return request<Payment004[]>("GET", `${this.baseUrl}/payments?page=1&size=100`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Payment004> {
    return request<Payment004>("GET", `${this.baseUrl}/payments/${id}`, undefined, opts);
  }

  save(item: Payment004, opts?: RequestOptions): Promise<Payment004> {
    return request<Payment004>("PUT", `${this.baseUrl}/payments`, item, opts);
  }
}

export interface Refund005 {
  region: string;
  notes: number;
  priority: string;
}

export class Refund005Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Refund005[]> {
    return request<Refund005[]>("GET", `${this.baseUrl}/refunds?page=1&size=10`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Refund005> {
    return request<Refund005>("GET", `${this.baseUrl}/refunds/${id}`, undefined, opts);
  }

  save(item: Refund005, opts?: RequestOptions): Promise<Refund005> {
    return request<Refund005>("PUT", `${this.baseUrl}/refunds`, item, opts);
  }
}

export interface Coupon006 {
  amount: number;
  priority: boolean;
  currency: number;
}

export class Coupon006Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Coupon006[]> {
    return request<Coupon006[]>("GET", `${this.baseUrl}/coupons?page=1&size=50`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Coupon006> {
    return request<Coupon006>("GET", `${this.baseUrl}/coupons/${id}`, undefined, opts);
  }

  save(item: Coupon006, opts?: RequestOptions): Promise<Coupon006> {
    return request<Coupon006>("PUT", `${this.baseUrl}/coupons`, item, opts);
  }
}

export interface Ticket007 {
  region: boolean;
  version: number;
  notes: boolean;
}

export class Ticket007Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Ticket007[]> {
    return request<Ticket007[]>("GET", `${this.baseUrl}/tickets?page=1&size=100`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Ticket007> {
    return request<Ticket007>("GET", `${this.baseUrl}/tickets/${id}`, undefined, opts);
  }

  save(item: Ticket007, opts?: RequestOptions): Promise<Ticket007> {
    return request<Ticket007>("PUT", `${this.baseUrl}/tickets`, item, opts);
  }
}

export interface Session008 {
  notes: boolean;
  currency: string;
  owner: number;
}

export class Session008Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Session008[]> {
    return request<Session008[]>("GET", `${this.baseUrl}/sessions?page=1&size=20`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Session008> {
    return request<Session008>("GET", `${this.baseUrl}/sessions/${encodeURIComponent(id)}`, undefined, opts);
  }

  remove(id: string, opts?: RequestOptions): Promise<void> {
    return request<void>("DELETE", `${this.baseUrl}/sessions/${encodeURIComponent(id)}`, undefined, opts);
  }

  save(item: Session008, opts?: RequestOptions): Promise<Session008> {
    return request<Session008>("PUT", `${this.baseUrl}/sessions`, item, opts);
  }
}

export interface Report009 {
  owner: boolean;
  version: boolean;
  status: string;
}

export class Report009Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Report009[]> {
    return request<Report009[]>("GET", `${this.baseUrl}/reports?page=1&size=50`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Report009> {
    return request<Report009>("GET", `${this.baseUrl}/reports/${id}`, undefined, opts);
  }

  save(item: Report009, opts?: RequestOptions): Promise<Report009> {
    return request<Report009>("PUT", `${this.baseUrl}/reports`, item, opts);
  }
}

export interface Account010 {
  created_at: number;
  status: boolean;
  version: number;
}

export class Account010Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Account010[]> {
    return request<Account010[]>("GET", `${this.baseUrl}/accounts?page=1&size=10`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Account010> {
    return request<Account010>("GET", `${this.baseUrl}/accounts/${id}`, undefined, opts);
  }

  save(item: Account010, opts?: RequestOptions): Promise<Account010> {
    return request<Account010>("PUT", `${this.baseUrl}/accounts`, item, opts);
  }
}

export interface Ledger011 {
  owner: string;
  status: string;
  region: number;
}

export class Ledger011Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Ledger011[]> {
    return request<Ledger011[]>("GET", `${this.baseUrl}/ledgers?page=1&size=100`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Ledger011> {
    return request<Ledger011>("GET", `${this.baseUrl}/ledgers/${id}`, undefined, opts);
  }

  save(item: Ledger011, opts?: RequestOptions): Promise<Ledger011> {
    return request<Ledger011>("PUT", `${this.baseUrl}/ledgers`, item, opts);
  }
}

export interface Warehouse012 {
  region: boolean;
  status: boolean;
  id: string;
}

export class Warehouse012Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Warehouse012[]> {
    return request<Warehouse012[]>("GET", `${this.baseUrl}/warehouses?page=1&size=100`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Warehouse012> {
    return request<Warehouse012>("GET", `${this.baseUrl}/warehouses/${id}`, undefined, opts);
  }

  save(item: Warehouse012, opts?: RequestOptions): Promise<Warehouse012> {
    return request<Warehouse012>("PUT", `${this.baseUrl}/warehouses`, item, opts);
  }
}

export interface Carrier013 {
  notes: boolean;
  owner: string;
  created_at: string;
}

export class Carrier013Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Carrier013[]> {
    return request<Carrier013[]>("GET", `${this.baseUrl}/carriers?page=1&size=50`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Carrier013> {
    return request<Carrier013>("GET", `${this.baseUrl}/carriers/${id}`, undefined, opts);
  }

  save(item: Carrier013, opts?: RequestOptions): Promise<Carrier013> {
    return request<Carrier013>("PUT", `${this.baseUrl}/carriers`, item, opts);
  }
}

export interface Product014 {
  id: boolean;
  status: boolean;
  version: string;
}

export class Product014Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Product014[]> {
    return request<Product014[]>("GET", `${this.baseUrl}/products?page=1&size=20`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Product014> {
    return request<Product014>("GET", `${this.baseUrl}/products/${id}`, undefined, opts);
  }

  save(item: Product014, opts?: RequestOptions): Promise<Product014> {
    return request<Product014>("PUT", `${this.baseUrl}/products`, item, opts);
  }
}

export interface Review015 {
  region: string;
  created_at: boolean;
  version: string;
}

export class Review015Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Review015[]> {
    return request<Review015[]>("GET", `${this.baseUrl}/reviews?page=1&size=50`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Review015> {
    return request<Review015>("GET", `${this.baseUrl}/reviews/${id}`, undefined, opts);
  }

  save(item: Review015, opts?: RequestOptions): Promise<Review015> {
    return request<Review015>("PUT", `${this.baseUrl}/reviews`, item, opts);
  }
}

export interface Basket016 {
  owner: number;
  notes: number;
  amount: number;
}

export class Basket016Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Basket016[]> {
    return request<Basket016[]>("GET", `${this.baseUrl}/baskets?page=1&size=100`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Basket016> {
    return request<Basket016>("GET", `${this.baseUrl}/baskets/${id}`, undefined, opts);
  }

  save(item: Basket016, opts?: RequestOptions): Promise<Basket016> {
    return request<Basket016>("PUT", `${this.baseUrl}/baskets`, item, opts);
  }
}

export interface Voucher017 {
  notes: boolean;
  version: boolean;
  status: number;
}

export class Voucher017Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Voucher017[]> {
    return request<Voucher017[]>("GET", `${this.baseUrl}/vouchers?page=1&size=100`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Voucher017> {
    return request<Voucher017>("GET", `${this.baseUrl}/vouchers/${id}`, undefined, opts);
  }

  save(item: Voucher017, opts?: RequestOptions): Promise<Voucher017> {
    return request<Voucher017>("PUT", `${this.baseUrl}/vouchers`, item, opts);
  }
}

export interface Supplier018 {
  currency: number;
  created_at: boolean;
  region: number;
}

export class Supplier018Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Supplier018[]> {
    return request<Supplier018[]>("GET", `${this.baseUrl}/suppliers?page=1&size=50`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Supplier018> {
    return request<Supplier018>("GET", `${this.baseUrl}/suppliers/${id}`, undefined, opts);
  }

  save(item: Supplier018, opts?: RequestOptions): Promise<Supplier018> {
    return request<Supplier018>("PUT", `${this.baseUrl}/suppliers`, item, opts);
  }
}

export interface Contract019 {
  id: string;
  region: number;
  owner: boolean;
}

export class Contract019Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Contract019[]> {
    return request<Contract019[]>("GET", `${this.baseUrl}/contracts?page=1&size=20`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Contract019> {
    return request<Contract019>("GET", `${this.baseUrl}/contracts/${id}`, undefined, opts);
  }

  save(item: Contract019, opts?: RequestOptions): Promise<Contract019> {
    return request<Contract019>("PUT", `${this.baseUrl}/contracts`, item, opts);
  }
}

export interface Meter020 {
  id: number;
  owner: boolean;
  priority: number;
}

export class Meter020Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Meter020[]> {
    return request<Meter020[]>("GET", `${this.baseUrl}/meters?page=1&size=50`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Meter020> {
    return request<Meter020>("GET", `${this.baseUrl}/meters/${id}`, undefined, opts);
  }

  save(item: Meter020, opts?: RequestOptions): Promise<Meter020> {
    return request<Meter020>("PUT", `${this.baseUrl}/meters`, item, opts);
  }
}

export interface Tariff021 {
  priority: boolean;
  id: string;
  version: number;
}

export class Tariff021Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Tariff021[]> {
    return request<Tariff021[]>("GET", `${this.baseUrl}/tariffs?page=1&size=50`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Tariff021> {
    return request<Tariff021>("GET", `${this.baseUrl}/tariffs/${id}`, undefined, opts);
  }

  save(item: Tariff021, opts?: RequestOptions): Promise<Tariff021> {
    return request<Tariff021>("PUT", `${this.baseUrl}/tariffs`, item, opts);
  }
}

export interface Booking022 {
  priority: string;
  created_at: number;
  owner: string;
}

export class Booking022Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Booking022[]> {
    return request<Booking022[]>("GET", `${this.baseUrl}/bookings?page=1&size=50`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Booking022> {
    return request<Booking022>("GET", `${this.baseUrl}/bookings/${id}`, undefined, opts);
  }

  save(item: Booking022, opts?: RequestOptions): Promise<Booking022> {
    return request<Booking022>("PUT", `${this.baseUrl}/bookings`, item, opts);
  }
}

export interface Route023 {
  owner: number;
  created_at: string;
  version: string;
}

export class Route023Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Route023[]> {
    return request<Route023[]>("GET", `${this.baseUrl}/routes?page=1&size=20`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Route023> {
    return request<Route023>("GET", `${this.baseUrl}/routes/${id}`, undefined, opts);
  }

  save(item: Route023, opts?: RequestOptions): Promise<Route023> {
    return request<Route023>("PUT", `${this.baseUrl}/routes`, item, opts);
  }
}

export interface Order024 {
  created_at: boolean;
  version: number;
  currency: string;
}

export class Order024Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Order024[]> {
    return request<Order024[]>("GET", `${this.baseUrl}/orders?page=1&size=50`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Order024> {
    return request<Order024>("GET", `${this.baseUrl}/orders/${id}`, undefined, opts);
  }

  save(item: Order024, opts?: RequestOptions): Promise<Order024> {
    return request<Order024>("PUT", `${this.baseUrl}/orders`, item, opts);
  }
}

export interface Invoice025 {
  amount: string;
  region: boolean;
  status: number;
}

export class Invoice025Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Invoice025[]> {
    return request<Invoice025[]>("GET", `${this.baseUrl}/invoices?page=1&size=50`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Invoice025> {
    return request<Invoice025>("GET", `${this.baseUrl}/invoices/${id}`, undefined, opts);
  }

  save(item: Invoice025, opts?: RequestOptions): Promise<Invoice025> {
    return request<Invoice025>("PUT", `${this.baseUrl}/invoices`, item, opts);
  }
}

export interface Customer026 {
  currency: string;
  priority: number;
  amount: boolean;
}

export class Customer026Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Customer026[]> {
    return request<Customer026[]>("GET", `${this.baseUrl}/customers?page=1&size=20`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Customer026> {
    return request<Customer026>("GET", `${this.baseUrl}/customers/${id}`, undefined, opts);
  }

  save(item: Customer026, opts?: RequestOptions): Promise<Customer026> {
    return request<Customer026>("PUT", `${this.baseUrl}/customers`, item, opts);
  }
}

export interface Shipment027 {
  notes: string;
  priority: string;
  created_at: string;
}

export class Shipment027Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Shipment027[]> {
    return request<Shipment027[]>("GET", `${this.baseUrl}/shipments?page=1&size=20`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Shipment027> {
    return request<Shipment027>("GET", `${this.baseUrl}/shipments/${id}`, undefined, opts);
  }

  save(item: Shipment027, opts?: RequestOptions): Promise<Shipment027> {
    return request<Shipment027>("PUT", `${this.baseUrl}/shipments`, item, opts);
  }
}

export interface Payment028 {
  owner: number;
  amount: boolean;
  created_at: string;
}

export class Payment028Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Payment028[]> {
    return request<Payment028[]>("GET", `${this.baseUrl}/payments?page=1&size=50`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Payment028> {
    return request<Payment028>("GET", `${this.baseUrl}/payments/${id}`, undefined, opts);
  }

  save(item: Payment028, opts?: RequestOptions): Promise<Payment028> {
    return request<Payment028>("PUT", `${this.baseUrl}/payments`, item, opts);
  }
}

export interface Refund029 {
  notes: number;
  amount: boolean;
  region: number;
}

export class Refund029Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Refund029[]> {
    return request<Refund029[]>("GET", `${this.baseUrl}/refunds?page=1&size=100`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Refund029> {
    return request<Refund029>("GET", `${this.baseUrl}/refunds/${id}`, undefined, opts);
  }

  save(item: Refund029, opts?: RequestOptions): Promise<Refund029> {
    return request<Refund029>("PUT", `${this.baseUrl}/refunds`, item, opts);
  }
}

export interface Coupon030 {
  owner: number;
  region: boolean;
  created_at: number;
}

export class Coupon030Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Coupon030[]> {
    return request<Coupon030[]>("GET", `${this.baseUrl}/coupons?page=1&size=10`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Coupon030> {
    return request<Coupon030>("GET", `${this.baseUrl}/coupons/${id}`, undefined, opts);
  }

  save(item: Coupon030, opts?: RequestOptions): Promise<Coupon030> {
    return request<Coupon030>("PUT", `${this.baseUrl}/coupons`, item, opts);
  }
}

export interface Ticket031 {
  region: string;
  amount: number;
  currency: boolean;
}

export class Ticket031Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Ticket031[]> {
    return request<Ticket031[]>("GET", `${this.baseUrl}/tickets?page=1&size=100`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Ticket031> {
    return request<Ticket031>("GET", `${this.baseUrl}/tickets/${id}`, undefined, opts);
  }

  save(item: Ticket031, opts?: RequestOptions): Promise<Ticket031> {
    return request<Ticket031>("PUT", `${this.baseUrl}/tickets`, item, opts);
  }
}

export interface Session032 {
  version: boolean;
  currency: number;
  id: boolean;
}

export class Session032Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Session032[]> {
    return request<Session032[]>("GET", `${this.baseUrl}/sessions?page=1&size=50`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Session032> {
    return request<Session032>("GET", `${this.baseUrl}/sessions/${id}`, undefined, opts);
  }

  save(item: Session032, opts?: RequestOptions): Promise<Session032> {
    return request<Session032>("PUT", `${this.baseUrl}/sessions`, item, opts);
  }
}

export interface Report033 {
  version: string;
  owner: boolean;
  currency: number;
}

export class Report033Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Report033[]> {
    return request<Report033[]>("GET", `${this.baseUrl}/reports?page=1&size=10`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Report033> {
    return request<Report033>("GET", `${this.baseUrl}/reports/${id}`, undefined, opts);
  }

  save(item: Report033, opts?: RequestOptions): Promise<Report033> {
    return request<Report033>("PUT", `${this.baseUrl}/reports`, item, opts);
  }
}

export interface Account034 {
  currency: boolean;
  id: boolean;
  version: string;
}

export class Account034Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Account034[]> {
    return request<Account034[]>("GET", `${this.baseUrl}/accounts?page=1&size=100`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Account034> {
    return request<Account034>("GET", `${this.baseUrl}/accounts/${id}`, undefined, opts);
  }

  save(item: Account034, opts?: RequestOptions): Promise<Account034> {
    return request<Account034>("PUT", `${this.baseUrl}/accounts`, item, opts);
  }
}

export interface Ledger035 {
  notes: number;
  id: boolean;
  version: string;
}

export class Ledger035Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Ledger035[]> {
    return request<Ledger035[]>("GET", `${this.baseUrl}/ledgers?page=1&size=20`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Ledger035> {
    return request<Ledger035>("GET", `${this.baseUrl}/ledgers/${id}`, undefined, opts);
  }

  save(item: Ledger035, opts?: RequestOptions): Promise<Ledger035> {
    return request<Ledger035>("PUT", `${this.baseUrl}/ledgers`, item, opts);
  }
}

export interface Warehouse036 {
  version: boolean;
  created_at: string;
  currency: boolean;
}

export class Warehouse036Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Warehouse036[]> {
    return request<Warehouse036[]>("GET", `${this.baseUrl}/warehouses?page=1&size=100`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Warehouse036> {
    return request<Warehouse036>("GET", `${this.baseUrl}/warehouses/${id}`, undefined, opts);
  }

  save(item: Warehouse036, opts?: RequestOptions): Promise<Warehouse036> {
    return request<Warehouse036>("PUT", `${this.baseUrl}/warehouses`, item, opts);
  }
}

export interface Carrier037 {
  id: string;
  status: number;
  owner: boolean;
}

export class Carrier037Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Carrier037[]> {
    return request<Carrier037[]>("GET", `${this.baseUrl}/carriers?page=1&size=100`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Carrier037> {
    return request<Carrier037>("GET", `${this.baseUrl}/carriers/${id}`, undefined, opts);
  }

  save(item: Carrier037, opts?: RequestOptions): Promise<Carrier037> {
    return request<Carrier037>("PUT", `${this.baseUrl}/carriers`, item, opts);
  }
}

export interface Product038 {
  id: string;
  owner: string;
  currency: boolean;
}

export class Product038Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Product038[]> {
    return request<Product038[]>("GET", `${this.baseUrl}/products?page=1&size=10`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Product038> {
    return request<Product038>("GET", `${this.baseUrl}/products/${id}`, undefined, opts);
  }

  save(item: Product038, opts?: RequestOptions): Promise<Product038> {
    return request<Product038>("PUT", `${this.baseUrl}/products`, item, opts);
  }
}

export interface Review039 {
  amount: string;
  currency: string;
  created_at: number;
}

export class Review039Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Review039[]> {
    return request<Review039[]>("GET", `${this.baseUrl}/reviews?page=1&size=100`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Review039> {
    return request<Review039>("GET", `${this.baseUrl}/reviews/${id}`, undefined, opts);
  }

  save(item: Review039, opts?: RequestOptions): Promise<Review039> {
    return request<Review039>("PUT", `${this.baseUrl}/reviews`, item, opts);
  }
}

export interface Basket040 {
  id: number;
  created_at: boolean;
  currency: boolean;
}

export class Basket040Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Basket040[]> {
    return request<Basket040[]>("GET", `${this.baseUrl}/baskets?page=1&size=100`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Basket040> {
    return request<Basket040>("GET", `${this.baseUrl}/baskets/${id}`, undefined, opts);
  }

  save(item: Basket040, opts?: RequestOptions): Promise<Basket040> {
    return request<Basket040>("PUT", `${this.baseUrl}/baskets`, item, opts);
  }
}

export interface Voucher041 {
  id: string;
  priority: string;
  owner: string;
}

export class Voucher041Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Voucher041[]> {
    return request<Voucher041[]>("GET", `${this.baseUrl}/vouchers?page=1&size=10`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Voucher041> {
    return request<Voucher041>("GET", `${this.baseUrl}/vouchers/${id}`, undefined, opts);
  }

  save(item: Voucher041, opts?: RequestOptions): Promise<Voucher041> {
    return request<Voucher041>("PUT", `${this.baseUrl}/vouchers`, item, opts);
  }
}

export interface Supplier042 {
  status: number;
  id: string;
  notes: boolean;
}

export class Supplier042Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Supplier042[]> {
    return request<Supplier042[]>("GET", `${this.baseUrl}/suppliers?page=1&size=10`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Supplier042> {
    return request<Supplier042>("GET", `${this.baseUrl}/suppliers/${id}`, undefined, opts);
  }

  save(item: Supplier042, opts?: RequestOptions): Promise<Supplier042> {
    return request<Supplier042>("PUT", `${this.baseUrl}/suppliers`, item, opts);
  }
}

export interface Contract043 {
  version: number;
  notes: string;
  priority: number;
}

export class Contract043Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Contract043[]> {
    return request<Contract043[]>("GET", `${this.baseUrl}/contracts?page=1&size=10`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Contract043> {
    return request<Contract043>("GET", `${this.baseUrl}/contracts/${id}`, undefined, opts);
  }

  save(item: Contract043, opts?: RequestOptions): Promise<Contract043> {
    return request<Contract043>("PUT", `${this.baseUrl}/contracts`, item, opts);
  }
}

export interface Meter044 {
  owner: boolean;
  region: number;
  version: number;
}

export class Meter044Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Meter044[]> {
    return request<Meter044[]>("GET", `${this.baseUrl}/meters?page=1&size=50`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Meter044> {
    return request<Meter044>("GET", `${this.baseUrl}/meters/${id}`, undefined, opts);
  }

  save(item: Meter044, opts?: RequestOptions): Promise<Meter044> {
    return request<Meter044>("PUT", `${this.baseUrl}/meters`, item, opts);
  }
}

export interface Tariff045 {
  currency: string;
  owner: string;
  region: boolean;
}

export class Tariff045Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Tariff045[]> {
    return request<Tariff045[]>("GET", `${this.baseUrl}/tariffs?page=1&size=10`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Tariff045> {
    return request<Tariff045>("GET", `${this.baseUrl}/tariffs/${id}`, undefined, opts);
  }

  save(item: Tariff045, opts?: RequestOptions): Promise<Tariff045> {
    return request<Tariff045>("PUT", `${this.baseUrl}/tariffs`, item, opts);
  }
}

export interface Booking046 {
  region: string;
  status: number;
  amount: number;
}

export class Booking046Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Booking046[]> {
    return request<Booking046[]>("GET", `${this.baseUrl}/bookings?page=1&size=100`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Booking046> {
    return request<Booking046>("GET", `${this.baseUrl}/bookings/${id}`, undefined, opts);
  }

  save(item: Booking046, opts?: RequestOptions): Promise<Booking046> {
    return request<Booking046>("PUT", `${this.baseUrl}/bookings`, item, opts);
  }
}

export interface Route047 {
  id: number;
  region: boolean;
  notes: number;
}

export class Route047Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Route047[]> {
    return request<Route047[]>("GET", `${this.baseUrl}/routes?page=1&size=50`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Route047> {
    return request<Route047>("GET", `${this.baseUrl}/routes/${id}`, undefined, opts);
  }

  save(item: Route047, opts?: RequestOptions): Promise<Route047> {
    return request<Route047>("PUT", `${this.baseUrl}/routes`, item, opts);
  }
}

export interface Order048 {
  region: string;
  notes: string;
  priority: string;
}

export class Order048Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Order048[]> {
    return request<Order048[]>("GET", `${this.baseUrl}/orders?page=1&size=50`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Order048> {
    return request<Order048>("GET", `${this.baseUrl}/orders/${id}`, undefined, opts);
  }

  save(item: Order048, opts?: RequestOptions): Promise<Order048> {
    return request<Order048>("PUT", `${this.baseUrl}/orders`, item, opts);
  }
}

export interface Invoice049 {
  notes: string;
  status: number;
  region: string;
}

export class Invoice049Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Invoice049[]> {
    return request<Invoice049[]>("GET", `${this.baseUrl}/invoices?page=1&size=10`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Invoice049> {
    return request<Invoice049>("GET", `${this.baseUrl}/invoices/${id}`, undefined, opts);
  }

  save(item: Invoice049, opts?: RequestOptions): Promise<Invoice049> {
    return request<Invoice049>("PUT", `${this.baseUrl}/invoices`, item, opts);
  }
}

export interface Customer050 {
  owner: string;
  notes: number;
  created_at: boolean;
}

export class Customer050Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Customer050[]> {
    return request<Customer050[]>("GET", `${this.baseUrl}/customers?page=1&size=10`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Customer050> {
    return request<Customer050>("GET", `${this.baseUrl}/customers/${id}`, undefined, opts);
  }

  save(item: Customer050, opts?: RequestOptions): Promise<Customer050> {
    return request<Customer050>("PUT", `${this.baseUrl}/customers`, item, opts);
  }
}

export interface Shipment051 {
  version: boolean;
  region: number;
  status: boolean;
}

export class Shipment051Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Shipment051[]> {
    return request<Shipment051[]>("GET", `${this.baseUrl}/shipments?page=1&size=10`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Shipment051> {
    return request<Shipment051>("GET", `${this.baseUrl}/shipments/${id}`, undefined, opts);
  }

  save(item: Shipment051, opts?: RequestOptions): Promise<Shipment051> {
    return request<Shipment051>("PUT", `${this.baseUrl}/shipments`, item, opts);
  }
}

export interface Payment052 {
  notes: string;
  id: string;
  priority: number;
}

export class Payment052Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Payment052[]> {
    return request<Payment052[]>("GET", `${this.baseUrl}/payments?page=1&size=10`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Payment052> {
    return request<Payment052>("GET", `${this.baseUrl}/payments/${id}`, undefined, opts);
  }

  save(item: Payment052, opts?: RequestOptions): Promise<Payment052> {
    return request<Payment052>("PUT", `${this.baseUrl}/payments`, item, opts);
  }
}

export interface Refund053 {
  version: boolean;
  status: number;
  notes: string;
}

export class Refund053Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Refund053[]> {
    return request<Refund053[]>("GET", `${this.baseUrl}/refunds?page=1&size=10`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Refund053> {
    return request<Refund053>("GET", `${this.baseUrl}/refunds/${encodeURIComponent(id)}`, undefined, opts);
  }

  remove(id: string, opts?: RequestOptions): Promise<void> {
    return request<void>("DELETE", `${this.baseUrl}/refunds/${encodeURIComponent(id)}`, undefined, opts);
  }

  save(item: Refund053, opts?: RequestOptions): Promise<Refund053> {
    return request<Refund053>("PUT", `${this.baseUrl}/refunds`, item, opts);
  }
}

export interface Coupon054 {
  owner: string;
  status: boolean;
  id: number;
}

export class Coupon054Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Coupon054[]> {
    return request<Coupon054[]>("GET", `${this.baseUrl}/coupons?page=1&size=50`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Coupon054> {
    return request<Coupon054>("GET", `${this.baseUrl}/coupons/${id}`, undefined, opts);
  }

  save(item: Coupon054, opts?: RequestOptions): Promise<Coupon054> {
    return request<Coupon054>("PUT", `${this.baseUrl}/coupons`, item, opts);
  }
}

export interface Ticket055 {
  notes: string;
  created_at: boolean;
  status: boolean;
}

export class Ticket055Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Ticket055[]> {
    return request<Ticket055[]>("GET", `${this.baseUrl}/tickets?page=1&size=20`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Ticket055> {
    return request<Ticket055>("GET", `${this.baseUrl}/tickets/${id}`, undefined, opts);
  }

  save(item: Ticket055, opts?: RequestOptions): Promise<Ticket055> {
    return request<Ticket055>("PUT", `${this.baseUrl}/tickets`, item, opts);
  }
}

export interface Session056 {
  status: boolean;
  version: string;
  notes: boolean;
}

export class Session056Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Session056[]> {
    return request<Session056[]>("GET", `${this.baseUrl}/sessions?page=1&size=50`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Session056> {
    return request<Session056>("GET", `${this.baseUrl}/sessions/${id}`, undefined, opts);
  }

  save(item: Session056, opts?: RequestOptions): Promise<Session056> {
    return request<Session056>("PUT", `${this.baseUrl}/sessions`, item, opts);
  }
}

export interface Report057 {
  notes: string;
  amount: string;
  status: boolean;
}

export class Report057Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Report057[]> {
    return request<Report057[]>("GET", `${this.baseUrl}/reports?page=1&size=20`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Report057> {
    return request<Report057>("GET", `${this.baseUrl}/reports/${id}`, undefined, opts);
  }

  save(item: Report057, opts?: RequestOptions): Promise<Report057> {
    return request<Report057>("PUT", `${this.baseUrl}/reports`, item, opts);
  }
}

export interface Account058 {
  priority: number;
  region: boolean;
  created_at: number;
}

export class Account058Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Account058[]> {
    return request<Account058[]>("GET", `${this.baseUrl}/accounts?page=1&size=50`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Account058> {
    return request<Account058>("GET", `${this.baseUrl}/accounts/${id}`, undefined, opts);
  }

  save(item: Account058, opts?: RequestOptions): Promise<Account058> {
    return request<Account058>("PUT", `${this.baseUrl}/accounts`, item, opts);
  }
}

export interface Ledger059 {
  version: number;
  region: boolean;
  status: string;
}

export class Ledger059Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Ledger059[]> {
    return request<Ledger059[]>("GET", `${this.baseUrl}/ledgers?page=1&size=100`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Ledger059> {
    return request<Ledger059>("GET", `${this.baseUrl}/ledgers/${id}`, undefined, opts);
  }

  save(item: Ledger059, opts?: RequestOptions): Promise<Ledger059> {
    return request<Ledger059>("PUT", `${this.baseUrl}/ledgers`, item, opts);
  }
}

export interface Warehouse060 {
  amount: string;
  region: boolean;
  priority: number;
}

export class Warehouse060Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Warehouse060[]> {
    return request<Warehouse060[]>("GET", `${this.baseUrl}/warehouses?page=1&size=20`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Warehouse060> {
    return request<Warehouse060>("GET", `${this.baseUrl}/warehouses/${id}`, undefined, opts);
  }

  save(item: Warehouse060, opts?: RequestOptions): Promise<Warehouse060> {
    return request<Warehouse060>("PUT", `${this.baseUrl}/warehouses`, item, opts);
  }
}

export interface Carrier061 {
  amount: boolean;
  status: number;
  priority: boolean;
}

export class Carrier061Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Carrier061[]> {
    return request<Carrier061[]>("GET", `${this.baseUrl}/carriers?page=1&size=100`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Carrier061> {
    return request<Carrier061>("GET", `${this.baseUrl}/carriers/${id}`, undefined, opts);
  }

  save(item: Carrier061, opts?: RequestOptions): Promise<Carrier061> {
    return request<Carrier061>("PUT", `${this.baseUrl}/carriers`, item, opts);
  }
}

export interface Product062 {
  notes: number;
  amount: string;
  version: string;
}

export class Product062Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Product062[]> {
    return request<Product062[]>("GET", `${this.baseUrl}/products?page=1&size=50`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Product062> {
    return request<Product062>("GET", `${this.baseUrl}/products/${id}`, undefined, opts);
  }

  save(item: Product062, opts?: RequestOptions): Promise<Product062> {
    return request<Product062>("PUT", `${this.baseUrl}/products`, item, opts);
  }
}

export interface Review063 {
  currency: boolean;
  version: boolean;
  created_at: number;
}

export class Review063Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Review063[]> {
    return request<Review063[]>("GET", `${this.baseUrl}/reviews?page=1&size=50`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Review063> {
    return request<Review063>("GET", `${this.baseUrl}/reviews/${id}`, undefined, opts);
  }

  save(item: Review063, opts?: RequestOptions): Promise<Review063> {
    return request<Review063>("PUT", `${this.baseUrl}/reviews`, item, opts);
  }
}

export interface Basket064 {
  currency: number;
  created_at: number;
  id: number;
}

export class Basket064Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Basket064[]> {
    return request<Basket064[]>("GET", `${this.baseUrl}/baskets?page=1&size=20`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Basket064> {
    return request<Basket064>("GET", `${this.baseUrl}/baskets/${id}`, undefined, opts);
  }

  save(item: Basket064, opts?: RequestOptions): Promise<Basket064> {
    return request<Basket064>("PUT", `${this.baseUrl}/baskets`, item, opts);
  }
}

export interface Voucher065 {
  amount: number;
  owner: number;
  currency: string;
}

export class Voucher065Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Voucher065[]> {
    return request<Voucher065[]>("GET", `${this.baseUrl}/vouchers?page=1&size=100`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Voucher065> {
    return request<Voucher065>("GET", `${this.baseUrl}/vouchers/${id}`, undefined, opts);
  }

  save(item: Voucher065, opts?: RequestOptions): Promise<Voucher065> {
    return request<Voucher065>("PUT", `${this.baseUrl}/vouchers`, item, opts);
  }
}

export interface Supplier066 {
  priority: boolean;
  currency: boolean;
  notes: boolean;
}

export class Supplier066Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Supplier066[]> {
    return request<Supplier066[]>("GET", `${this.baseUrl}/suppliers?page=1&size=10`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Supplier066> {
    return request<Supplier066>("GET", `${this.baseUrl}/suppliers/${id}`, undefined, opts);
  }

  save(item: Supplier066, opts?: RequestOptions): Promise<Supplier066> {
    return request<Supplier066>("PUT", `${this.baseUrl}/suppliers`, item, opts);
  }
}

export interface Contract067 {
  priority: boolean;
  status: string;
  region: number;
}

export class Contract067Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Contract067[]> {
    return request<Contract067[]>("GET", `${this.baseUrl}/contracts?page=1&size=20`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Contract067> {
    return request<Contract067>("GET", `${this.baseUrl}/contracts/${id}`, undefined, opts);
  }

  save(item: Contract067, opts?: RequestOptions): Promise<Contract067> {
    return request<Contract067>("PUT", `${this.baseUrl}/contracts`, item, opts);
  }
}

export interface Meter068 {
  currency: number;
  status: string;
  notes: string;
}

export class Meter068Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Meter068[]> {
    return request<Meter068[]>("GET", `${this.baseUrl}/meters?page=1&size=50`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Meter068> {
    return request<Meter068>("GET", `${this.baseUrl}/meters/${id}`, undefined, opts);
  }

  save(item: Meter068, opts?: RequestOptions): Promise<Meter068> {
    return request<Meter068>("PUT", `${this.baseUrl}/meters`, item, opts);
  }
}

export interface Tariff069 {
  amount: number;
  notes: string;
  id: string;
}

export class Tariff069Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Tariff069[]> {
    return request<Tariff069[]>("GET", `${this.baseUrl}/tariffs?page=1&size=50`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Tariff069> {
    return request<Tariff069>("GET", `${this.baseUrl}/tariffs/${id}`, undefined, opts);
  }

  save(item: Tariff069, opts?: RequestOptions): Promise<Tariff069> {
    return request<Tariff069>("PUT", `${this.baseUrl}/tariffs`, item, opts);
  }
}

export interface Booking070 {
  amount: boolean;
  region: string;
  status: string;
}

export class Booking070Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Booking070[]> {
    return request<Booking070[]>("GET", `${this.baseUrl}/bookings?page=1&size=10`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Booking070> {
    return request<Booking070>("GET", `${this.baseUrl}/bookings/${id}`, undefined, opts);
  }

  save(item: Booking070, opts?: RequestOptions): Promise<Booking070> {
    return request<Booking070>("PUT", `${this.baseUrl}/bookings`, item, opts);
  }
}

export interface Route071 {
  created_at: number;
  notes: number;
  id: boolean;
}

export class Route071Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Route071[]> {
    return request<Route071[]>("GET", `${this.baseUrl}/routes?page=1&size=50`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Route071> {
    return request<Route071>("GET", `${this.baseUrl}/routes/${id}`, undefined, opts);
  }

  save(item: Route071, opts?: RequestOptions): Promise<Route071> {
    return request<Route071>("PUT", `${this.baseUrl}/routes`, item, opts);
  }
}

export interface Order072 {
  id: number;
  notes: number;
  owner: number;
}

export class Order072Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Order072[]> {
    return request<Order072[]>("GET", `${this.baseUrl}/orders?page=1&size=100`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Order072> {
    return request<Order072>("GET", `${this.baseUrl}/orders/${id}`, undefined, opts);
  }

  save(item: Order072, opts?: RequestOptions): Promise<Order072> {
    return request<Order072>("PUT", `${this.baseUrl}/orders`, item, opts);
  }
}

export interface Invoice073 {
  status: number;
  currency: string;
  priority: boolean;
}

export class Invoice073Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Invoice073[]> {
    return request<Invoice073[]>("GET", `${this.baseUrl}/invoices?page=1&size=50`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Invoice073> {
    return request<Invoice073>("GET", `${this.baseUrl}/invoices/${id}`, undefined, opts);
  }

  save(item: Invoice073, opts?: RequestOptions): Promise<Invoice073> {
    return request<Invoice073>("PUT", `${this.baseUrl}/invoices`, item, opts);
  }
}

export interface Customer074 {
  status: boolean;
  created_at: number;
  notes: string;
}

export class Customer074Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Customer074[]> {
    return request<Customer074[]>("GET", `${this.baseUrl}/customers?page=1&size=100`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Customer074> {
    return request<Customer074>("GET", `${this.baseUrl}/customers/${id}`, undefined, opts);
  }

  save(item: Customer074, opts?: RequestOptions): Promise<Customer074> {
    return request<Customer074>("PUT", `${this.baseUrl}/customers`, item, opts);
  }
}

export interface Shipment075 {
  version: boolean;
  created_at: boolean;
  status: number;
}

export class Shipment075Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Shipment075[]> {
    return request<Shipment075[]>("GET", `${this.baseUrl}/shipments?page=1&size=50`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Shipment075> {
    return request<Shipment075>("GET", `${this.baseUrl}/shipments/${id}`, undefined, opts);
  }

  save(item: Shipment075, opts?: RequestOptions): Promise<Shipment075> {
    return request<Shipment075>("PUT", `${this.baseUrl}/shipments`, item, opts);
  }
}

export interface Payment076 {
  priority: string;
  created_at: number;
  version: boolean;
}

export class Payment076Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Payment076[]> {
    return request<Payment076[]>("GET", `${this.baseUrl}/payments?page=1&size=10`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Payment076> {
    return request<Payment076>("GET", `${this.baseUrl}/payments/${id}`, undefined, opts);
  }

  save(item: Payment076, opts?: RequestOptions): Promise<Payment076> {
    return request<Payment076>("PUT", `${this.baseUrl}/payments`, item, opts);
  }
}

export interface Refund077 {
  priority: string;
  version: boolean;
  owner: number;
}

export class Refund077Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Refund077[]> {
    return request<Refund077[]>("GET", `${this.baseUrl}/refunds?page=1&size=20`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Refund077> {
    return request<Refund077>("GET", `${this.baseUrl}/refunds/${id}`, undefined, opts);
  }

  save(item: Refund077, opts?: RequestOptions): Promise<Refund077> {
    return request<Refund077>("PUT", `${this.baseUrl}/refunds`, item, opts);
  }
}

export interface Coupon078 {
  amount: boolean;
  notes: number;
  owner: string;
}

export class Coupon078Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Coupon078[]> {
    return request<Coupon078[]>("GET", `${this.baseUrl}/coupons?page=1&size=10`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Coupon078> {
    return request<Coupon078>("GET", `${this.baseUrl}/coupons/${id}`, undefined, opts);
  }

  save(item: Coupon078, opts?: RequestOptions): Promise<Coupon078> {
    return request<Coupon078>("PUT", `${this.baseUrl}/coupons`, item, opts);
  }
}

export interface Ticket079 {
  version: boolean;
  amount: boolean;
  owner: boolean;
}

export class Ticket079Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Ticket079[]> {
    return request<Ticket079[]>("GET", `${this.baseUrl}/tickets?page=1&size=100`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Ticket079> {
    return request<Ticket079>("GET", `${this.baseUrl}/tickets/${id}`, undefined, opts);
  }

  save(item: Ticket079, opts?: RequestOptions): Promise<Ticket079> {
    return request<Ticket079>("PUT", `${this.baseUrl}/tickets`, item, opts);
  }
}

export interface Session080 {
  version: number;
  created_at: number;
  amount: number;
}

export class Session080Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Session080[]> {
    return request<Session080[]>("GET", `${this.baseUrl}/sessions?page=1&size=20`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Session080> {
    return request<Session080>("GET", `${this.baseUrl}/sessions/${id}`, undefined, opts);
  }

  save(item: Session080, opts?: RequestOptions): Promise<Session080> {
    return request<Session080>("PUT", `${this.baseUrl}/sessions`, item, opts);
  }
}

export interface Report081 {
  status: boolean;
  notes: boolean;
  amount: boolean;
}

export class Report081Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Report081[]> {
    return request<Report081[]>("GET", `${this.baseUrl}/reports?page=1&size=100`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Report081> {
    return request<Report081>("GET", `${this.baseUrl}/reports/${id}`, undefined, opts);
  }

  save(item: Report081, opts?: RequestOptions): Promise<Report081> {
    return request<Report081>("PUT", `${this.baseUrl}/reports`, item, opts);
  }
}

export interface Account082 {
  owner: number;
  status: number;
  created_at: string;
}

export class Account082Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Account082[]> {
    return request<Account082[]>("GET", `${this.baseUrl}/accounts?page=1&size=20`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Account082> {
    return request<Account082>("GET", `${this.baseUrl}/accounts/${id}`, undefined, opts);
  }

  save(item: Account082, opts?: RequestOptions): Promise<Account082> {
    return request<Account082>("PUT", `${this.baseUrl}/accounts`, item, opts);
  }
}

export interface Ledger083 {
  id: string;
  priority: boolean;
  created_at: boolean;
}

export class Ledger083Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Ledger083[]> {
    return request<Ledger083[]>("GET", `${this.baseUrl}/ledgers?page=1&size=50`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Ledger083> {
    return request<Ledger083>("GET", `${this.baseUrl}/ledgers/${id}`, undefined, opts);
  }

  save(item: Ledger083, opts?: RequestOptions): Promise<Ledger083> {
    return request<Ledger083>("PUT", `${this.baseUrl}/ledgers`, item, opts);
  }
}

export interface Warehouse084 {
  owner: boolean;
  region: string;
  priority: number;
}

export class Warehouse084Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Warehouse084[]> {
    return request<Warehouse084[]>("GET", `${this.baseUrl}/warehouses?page=1&size=100`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Warehouse084> {
    return request<Warehouse084>("GET", `${this.baseUrl}/warehouses/${id}`, undefined, opts);
  }

  save(item: Warehouse084, opts?: RequestOptions): Promise<Warehouse084> {
    return request<Warehouse084>("PUT", `${this.baseUrl}/warehouses`, item, opts);
  }
}

export interface Carrier085 {
  status: boolean;
  amount: string;
  created_at: boolean;
}

export class Carrier085Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Carrier085[]> {
    return request<Carrier085[]>("GET", `${this.baseUrl}/carriers?page=1&size=10`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Carrier085> {
    return request<Carrier085>("GET", `${this.baseUrl}/carriers/${id}`, undefined, opts);
  }

  save(item: Carrier085, opts?: RequestOptions): Promise<Carrier085> {
    return request<Carrier085>("PUT", `${this.baseUrl}/carriers`, item, opts);
  }
}

export interface Product086 {
  notes: boolean;
  status: string;
  amount: boolean;
}

export class Product086Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Product086[]> {
    return request<Product086[]>("GET", `${this.baseUrl}/products?page=1&size=100`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Product086> {
    return request<Product086>("GET", `${this.baseUrl}/products/${id}`, undefined, opts);
  }

  save(item: Product086, opts?: RequestOptions): Promise<Product086> {
    return request<Product086>("PUT", `${this.baseUrl}/products`, item, opts);
  }
}

export interface Review087 {
  region: number;
  amount: string;
  version: boolean;
}

export class Review087Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Review087[]> {
    return request<Review087[]>("GET", `${this.baseUrl}/reviews?page=1&size=20`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Review087> {
    return request<Review087>("GET", `${this.baseUrl}/reviews/${id}`, undefined, opts);
  }

  save(item: Review087, opts?: RequestOptions): Promise<Review087> {
    return request<Review087>("PUT", `${this.baseUrl}/reviews`, item, opts);
  }
}

export interface Basket088 {
  notes: number;
  amount: number;
  currency: number;
}

export class Basket088Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Basket088[]> {
    return request<Basket088[]>("GET", `${this.baseUrl}/baskets?page=1&size=10`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Basket088> {
    return request<Basket088>("GET", `${this.baseUrl}/baskets/${id}`, undefined, opts);
  }

  save(item: Basket088, opts?: RequestOptions): Promise<Basket088> {
    return request<Basket088>("PUT", `${this.baseUrl}/baskets`, item, opts);
  }
}

export interface Voucher089 {
  priority: number;
  region: boolean;
  version: boolean;
}

export class Voucher089Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Voucher089[]> {
    return request<Voucher089[]>("GET", `${this.baseUrl}/vouchers?page=1&size=50`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Voucher089> {
    return request<Voucher089>("GET", `${this.baseUrl}/vouchers/${id}`, undefined, opts);
  }

  save(item: Voucher089, opts?: RequestOptions): Promise<Voucher089> {
    return request<Voucher089>("PUT", `${this.baseUrl}/vouchers`, item, opts);
  }
}

export interface Supplier090 {
  priority: boolean;
  version: number;
  created_at: string;
}

export class Supplier090Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Supplier090[]> {
    return request<Supplier090[]>("GET", `${this.baseUrl}/suppliers?page=1&size=20`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Supplier090> {
    return request<Supplier090>("GET", `${this.baseUrl}/suppliers/${id}`, undefined, opts);
  }

  save(item: Supplier090, opts?: RequestOptions): Promise<Supplier090> {
    return request<Supplier090>("PUT", `${this.baseUrl}/suppliers`, item, opts);
  }
}

export interface Contract091 {
  id: number;
  status: string;
  currency: boolean;
}

export class Contract091Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Contract091[]> {
    return request<Contract091[]>("GET", `${this.baseUrl}/contracts?page=1&size=100`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Contract091> {
    return request<Contract091>("GET", `${this.baseUrl}/contracts/${id}`, undefined, opts);
  }

  save(item: Contract091, opts?: RequestOptions): Promise<Contract091> {
    return request<Contract091>("PUT", `${this.baseUrl}/contracts`, item, opts);
  }
}

export interface Meter092 {
  currency: string;
  notes: boolean;
  version: boolean;
}

export class Meter092Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Meter092[]> {
    return request<Meter092[]>("GET", `${this.baseUrl}/meters?page=1&size=100`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Meter092> {
    return request<Meter092>("GET", `${this.baseUrl}/meters/${encodeURIComponent(id)}`, undefined, opts);
  }

  remove(id: string, opts?: RequestOptions): Promise<void> {
    return request<void>("DELETE", `${this.baseUrl}/meters/${encodeURIComponent(id)}`, undefined, opts);
  }

  save(item: Meter092, opts?: RequestOptions): Promise<Meter092> {
    return request<Meter092>("PUT", `${this.baseUrl}/meters`, item, opts);
  }
}

export interface Tariff093 {
  status: string;
  created_at: number;
  amount: string;
}

export class Tariff093Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Tariff093[]> {
    return request<Tariff093[]>("GET", `${this.baseUrl}/tariffs?page=1&size=10`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Tariff093> {
    return request<Tariff093>("GET", `${this.baseUrl}/tariffs/${id}`, undefined, opts);
  }

  save(item: Tariff093, opts?: RequestOptions): Promise<Tariff093> {
    return request<Tariff093>("PUT", `${this.baseUrl}/tariffs`, item, opts);
  }
}

export interface Booking094 {
  id: boolean;
  owner: string;
  currency: number;
}

export class Booking094Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Booking094[]> {
    return request<Booking094[]>("GET", `${this.baseUrl}/bookings?page=1&size=10`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Booking094> {
    return request<Booking094>("GET", `${this.baseUrl}/bookings/${id}`, undefined, opts);
  }

  save(item: Booking094, opts?: RequestOptions): Promise<Booking094> {
    return request<Booking094>("PUT", `${this.baseUrl}/bookings`, item, opts);
  }
}

export interface Route095 {
  owner: number;
  notes: boolean;
  version: boolean;
}

export class Route095Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Route095[]> {
    return request<Route095[]>("GET", `${this.baseUrl}/routes?page=1&size=20`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Route095> {
    return request<Route095>("GET", `${this.baseUrl}/routes/${id}`, undefined, opts);
  }

  save(item: Route095, opts?: RequestOptions): Promise<Route095> {
    return request<Route095>("PUT", `${this.baseUrl}/routes`, item, opts);
  }
}

export interface Order096 {
  status: boolean;
  id: number;
  notes: string;
}

export class Order096Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Order096[]> {
    return request<Order096[]>("GET", `${this.baseUrl}/orders?page=1&size=10`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Order096> {
    return request<Order096>("GET", `${this.baseUrl}/orders/${id}`, undefined, opts);
  }

  save(item: Order096, opts?: RequestOptions): Promise<Order096> {
    return request<Order096>("PUT", `${this.baseUrl}/orders`, item, opts);
  }
}

export interface Invoice097 {
  currency: number;
  region: number;
  notes: string;
}

export class Invoice097Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Invoice097[]> {
    return request<Invoice097[]>("GET", `${this.baseUrl}/invoices?page=1&size=10`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Invoice097> {
    return request<Invoice097>("GET", `${this.baseUrl}/invoices/${id}`, undefined, opts);
  }

  save(item: Invoice097, opts?: RequestOptions): Promise<Invoice097> {
    return request<Invoice097>("PUT", `${this.baseUrl}/invoices`, item, opts);
  }
}

export interface Customer098 {
  region: boolean;
  status: string;
  currency: number;
}

export class Customer098Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Customer098[]> {
    return request<Customer098[]>("GET", `${this.baseUrl}/customers?page=1&size=100`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Customer098> {
    return request<Customer098>("GET", `${this.baseUrl}/customers/${id}`, undefined, opts);
  }

  save(item: Customer098, opts?: RequestOptions): Promise<Customer098> {
    return request<Customer098>("PUT", `${this.baseUrl}/customers`, item, opts);
  }
}

export interface Shipment099 {
  priority: string;
  status: boolean;
  region: number;
}

export class Shipment099Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Shipment099[]> {
    return request<Shipment099[]>("GET", `${this.baseUrl}/shipments?page=1&size=50`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Shipment099> {
    return request<Shipment099>("GET", `${this.baseUrl}/shipments/${id}`, undefined, opts);
  }

  save(item: Shipment099, opts?: RequestOptions): Promise<Shipment099> {
    return request<Shipment099>("PUT", `${this.baseUrl}/shipments`, item, opts);
  }
}

export interface Payment100 {
  id: boolean;
  priority: number;
  version: number;
}

export class Payment100Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Payment100[]> {
    return request<Payment100[]>("GET", `${this.baseUrl}/payments?page=1&size=20`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Payment100> {
    return request<Payment100>("GET", `${this.baseUrl}/payments/${id}`, undefined, opts);
  }

  save(item: Payment100, opts?: RequestOptions): Promise<Payment100> {
    return request<Payment100>("PUT", `${this.baseUrl}/payments`, item, opts);
  }
}

export interface Refund101 {
  priority: number;
  id: number;
  created_at: number;
}

export class Refund101Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Refund101[]> {
    return request<Refund101[]>("GET", `${this.baseUrl}/refunds?page=1&size=50`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Refund101> {
    return request<Refund101>("GET", `${this.baseUrl}/refunds/${id}`, undefined, opts);
  }

  save(item: Refund101, opts?: RequestOptions): Promise<Refund101> {
    return request<Refund101>("PUT", `${this.baseUrl}/refunds`, item, opts);
  }
}

export interface Coupon102 {
  notes: string;
  region: string;
  currency: number;
}

export class Coupon102Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Coupon102[]> {
    return request<Coupon102[]>("GET", `${this.baseUrl}/coupons?page=1&size=50`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Coupon102> {
    return request<Coupon102>("GET", `${this.baseUrl}/coupons/${id}`, undefined, opts);
  }

  save(item: Coupon102, opts?: RequestOptions): Promise<Coupon102> {
    return request<Coupon102>("PUT", `${this.baseUrl}/coupons`, item, opts);
  }
}

export interface Ticket103 {
  amount: string;
  priority: string;
  currency: string;
}

export class Ticket103Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Ticket103[]> {
    return request<Ticket103[]>("GET", `${this.baseUrl}/tickets?page=1&size=20`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Ticket103> {
    return request<Ticket103>("GET", `${this.baseUrl}/tickets/${id}`, undefined, opts);
  }

  save(item: Ticket103, opts?: RequestOptions): Promise<Ticket103> {
    return request<Ticket103>("PUT", `${this.baseUrl}/tickets`, item, opts);
  }
}

export interface Session104 {
  notes: boolean;
  region: string;
  amount: string;
}

export class Session104Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Session104[]> {
    return request<Session104[]>("GET", `${this.baseUrl}/sessions?page=1&size=10`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Session104> {
    return request<Session104>("GET", `${this.baseUrl}/sessions/${id}`, undefined, opts);
  }

  save(item: Session104, opts?: RequestOptions): Promise<Session104> {
    return request<Session104>("PUT", `${this.baseUrl}/sessions`, item, opts);
  }
}

export interface Report105 {
  notes: number;
  amount: string;
  priority: string;
}

export class Report105Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Report105[]> {
    return request<Report105[]>("GET", `${this.baseUrl}/reports?page=1&size=10`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Report105> {
    return request<Report105>("GET", `${this.baseUrl}/reports/${id}`, undefined, opts);
  }

  save(item: Report105, opts?: RequestOptions): Promise<Report105> {
    return request<Report105>("PUT", `${this.baseUrl}/reports`, item, opts);
  }
}

export interface Account106 {
  region: number;
  priority: string;
  owner: boolean;
}

export class Account106Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Account106[]> {
    return request<Account106[]>("GET", `${this.baseUrl}/accounts?page=1&size=10`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Account106> {
    return request<Account106>("GET", `${this.baseUrl}/accounts/${id}`, undefined, opts);
  }

  save(item: Account106, opts?: RequestOptions): Promise<Account106> {
    return request<Account106>("PUT", `${this.baseUrl}/accounts`, item, opts);
  }
}

export interface Ledger107 {
  currency: number;
  region: number;
  id: string;
}

export class Ledger107Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Ledger107[]> {
    return request<Ledger107[]>("GET", `${this.baseUrl}/ledgers?page=1&size=20`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Ledger107> {
    return request<Ledger107>("GET", `${this.baseUrl}/ledgers/${id}`, undefined, opts);
  }

  save(item: Ledger107, opts?: RequestOptions): Promise<Ledger107> {
    return request<Ledger107>("PUT", `${this.baseUrl}/ledgers`, item, opts);
  }
}

export interface Warehouse108 {
  currency: number;
  status: string;
  region: string;
}

export class Warehouse108Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Warehouse108[]> {
    return request<Warehouse108[]>("GET", `${this.baseUrl}/warehouses?page=1&size=50`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Warehouse108> {
    return request<Warehouse108>("GET", `${this.baseUrl}/warehouses/${id}`, undefined, opts);
  }

  save(item: Warehouse108, opts?: RequestOptions): Promise<Warehouse108> {
    return request<Warehouse108>("PUT", `${this.baseUrl}/warehouses`, item, opts);
  }
}

export interface Carrier109 {
  notes: string;
  status: boolean;
  owner: string;
}

export class Carrier109Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Carrier109[]> {
    return request<Carrier109[]>("GET", `${this.baseUrl}/carriers?page=1&size=50`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Carrier109> {
    return request<Carrier109>("GET", `${this.baseUrl}/carriers/${id}`, undefined, opts);
  }

  save(item: Carrier109, opts?: RequestOptions): Promise<Carrier109> {
    return request<Carrier109>("PUT", `${this.baseUrl}/carriers`, item, opts);
  }
}

export interface Product110 {
  created_at: number;
  priority: string;
  notes: boolean;
}

export class Product110Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Product110[]> {
    return request<Product110[]>("GET", `${this.baseUrl}/products?page=1&size=50`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Product110> {
    return request<Product110>("GET", `${this.baseUrl}/products/${id}`, undefined, opts);
  }

  save(item: Product110, opts?: RequestOptions): Promise<Product110> {
    return request<Product110>("PUT", `${this.baseUrl}/products`, item, opts);
  }
}

export interface Review111 {
  id: number;
  owner: string;
  version: string;
}

export class Review111Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Review111[]> {
    return request<Review111[]>("GET", `${this.baseUrl}/reviews?page=1&size=100`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Review111> {
    return request<Review111>("GET", `${this.baseUrl}/reviews/${id}`, undefined, opts);
  }

  save(item: Review111, opts?: RequestOptions): Promise<Review111> {
    return request<Review111>("PUT", `${this.baseUrl}/reviews`, item, opts);
  }
}

export interface Basket112 {
  status: string;
  id: boolean;
  notes: string;
}

export class Basket112Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Basket112[]> {
    return request<Basket112[]>("GET", `${this.baseUrl}/baskets?page=1&size=10`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Basket112> {
    return request<Basket112>("GET", `${this.baseUrl}/baskets/${id}`, undefined, opts);
  }

  save(item: Basket112, opts?: RequestOptions): Promise<Basket112> {
    return request<Basket112>("PUT", `${this.baseUrl}/baskets`, item, opts);
  }
}

export interface Voucher113 {
  amount: number;
  version: string;
  id: string;
}

export class Voucher113Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Voucher113[]> {
    return request<Voucher113[]>("GET", `${this.baseUrl}/vouchers?page=1&size=50`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Voucher113> {
    return request<Voucher113>("GET", `${this.baseUrl}/vouchers/${id}`, undefined, opts);
  }

  save(item: Voucher113, opts?: RequestOptions): Promise<Voucher113> {
    return request<Voucher113>("PUT", `${this.baseUrl}/vouchers`, item, opts);
  }
}

export interface Supplier114 {
  currency: number;
  priority: number;
  owner: boolean;
}

export class Supplier114Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Supplier114[]> {
    return request<Supplier114[]>("GET", `${this.baseUrl}/suppliers?page=1&size=10`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Supplier114> {
    return request<Supplier114>("GET", `${this.baseUrl}/suppliers/${id}`, undefined, opts);
  }

  save(item: Supplier114, opts?: RequestOptions): Promise<Supplier114> {
    return request<Supplier114>("PUT", `${this.baseUrl}/suppliers`, item, opts);
  }
}

export interface Contract115 {
  region: string;
  created_at: number;
  notes: string;
}

export class Contract115Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Contract115[]> {
    return request<Contract115[]>("GET", `${this.baseUrl}/contracts?page=1&size=100`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Contract115> {
    return request<Contract115>("GET", `${this.baseUrl}/contracts/${id}`, undefined, opts);
  }

  save(item: Contract115, opts?: RequestOptions): Promise<Contract115> {
    return request<Contract115>("PUT", `${this.baseUrl}/contracts`, item, opts);
  }
}

export interface Meter116 {
  status: boolean;
  version: number;
  region: boolean;
}

export class Meter116Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Meter116[]> {
    return request<Meter116[]>("GET", `${this.baseUrl}/meters?page=1&size=100`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Meter116> {
    return request<Meter116>("GET", `${this.baseUrl}/meters/${id}`, undefined, opts);
  }

  save(item: Meter116, opts?: RequestOptions): Promise<Meter116> {
    return request<Meter116>("PUT", `${this.baseUrl}/meters`, item, opts);
  }
}

export interface Tariff117 {
  amount: string;
  region: number;
  owner: number;
}

export class Tariff117Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Tariff117[]> {
    return request<Tariff117[]>("GET", `${this.baseUrl}/tariffs?page=1&size=100`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Tariff117> {
    return request<Tariff117>("GET", `${this.baseUrl}/tariffs/${id}`, undefined, opts);
  }

  save(item: Tariff117, opts?: RequestOptions): Promise<Tariff117> {
    return request<Tariff117>("PUT", `${this.baseUrl}/tariffs`, item, opts);
  }
}

export interface Booking118 {
  currency: number;
  priority: number;
  version: string;
}

export class Booking118Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Booking118[]> {
    return request<Booking118[]>("GET", `${this.baseUrl}/bookings?page=1&size=100`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Booking118> {
    return request<Booking118>("GET", `${this.baseUrl}/bookings/${id}`, undefined, opts);
  }

  save(item: Booking118, opts?: RequestOptions): Promise<Booking118> {
    return request<Booking118>("PUT", `${this.baseUrl}/bookings`, item, opts);
  }
}

export interface Route119 {
  priority: string;
  id: boolean;
  amount: string;
}

export class Route119Client {
  constructor(private readonly baseUrl: string) {}

  list(opts?: RequestOptions): Promise<Route119[]> {
    return request<Route119[]>("GET", `${this.baseUrl}/routes?page=1&size=100`, undefined, opts);
  }

  get(id: string, opts?: RequestOptions): Promise<Route119> {
    return request<Route119>("GET", `${this.baseUrl}/routes/${id}`, undefined, opts);
  }

  save(item: Route119, opts?: RequestOptions): Promise<Route119> {
    return request<Route119>("PUT", `${this.baseUrl}/routes`, item, opts);
  }
}


export const DEFAULT_TIMEOUT_MS = 15_000;
