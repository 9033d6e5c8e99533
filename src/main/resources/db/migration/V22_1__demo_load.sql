-- The demo communes' load (package demo), one row per commune: written before the first commune is loaded,
-- loaded_at set when that commune's roster and decisions are all in. A start killed half way leaves rows
-- without loaded_at; the next start removes those communes' partial data and loads them again.
create table demo_load (
    commune_code varchar(5) primary key references commune (code),
    loaded_at timestamp
);
