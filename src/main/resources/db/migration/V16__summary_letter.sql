-- The last summary letter each province made: its fixed parts (issuer, number, Kính gửi, paragraphs,
-- signer …) as sent, without the figures, so that the next letter starts from what the Sở wrote last
-- time rather than from an example of another province. One row per province, replaced on every letter.
create table summary_letter (
    province_code varchar(2) primary key references province (code),
    data varchar(1000000) not null,
    saved_at timestamp with time zone not null,
    saved_by varchar(200) not null
);
