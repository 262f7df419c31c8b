-- Tenancies for a `bench lists --data-dir` database on SQLite, which loads none: the ended-tenancies list
-- (/units/{unit}/lists/tenancies-ended, /api/v1/rentals/ended) is then measured at a city's rentals.
-- Every other floating resident rents a house of their grid; the tenancies end from 700 days ago to 299 days
-- ahead (about 70 % have ended), and one tenant in four had an earlier tenancy that ended before it.
-- Run once: sqlite3 DIR/civicgrid.sqlite < Benchmarks/rentals.sql (2,000,000 floating residents: about a minute).
BEGIN;
CREATE TEMP TABLE bench_tenants AS
    SELECT rowid AS n, id, grid_code FROM residents WHERE population_type = 'floating' AND rowid % 2 = 0;
INSERT INTO houses (id, grid_code, building_code, unit, number, use, area, owner, created_at)
    SELECT 'bench-h' || n, grid_code, grid_code || '001', '1', CAST(n AS TEXT), 'residential', 60.0, '房东', 0 FROM bench_tenants;
INSERT INTO rentals (id, house_id, grid_code, landlord, from_on, to_on, registered, created_at)
    SELECT 'bench-r' || n, 'bench-h' || n, grid_code, '房东', date('now', ((n % 1000) - 1065) || ' days'),
           date('now', ((n % 1000) - 700) || ' days'), 1, 0 FROM bench_tenants;
INSERT INTO rental_tenants (rental_id, resident_id) SELECT 'bench-r' || n, id FROM bench_tenants;
INSERT INTO rentals (id, house_id, grid_code, landlord, from_on, to_on, registered, created_at)
    SELECT 'bench-q' || n, 'bench-h' || n, grid_code, '房东', date('now', ((n % 1000) - 1430) || ' days'),
           date('now', ((n % 1000) - 1066) || ' days'), 1, 0 FROM bench_tenants WHERE n % 8 = 0;
INSERT INTO rental_tenants (rental_id, resident_id) SELECT 'bench-q' || n, id FROM bench_tenants WHERE n % 8 = 0;
COMMIT;
