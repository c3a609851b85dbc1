-- The language a person chose (a tag of vaadin-i18n/languages.json), kept with their account; null until they choose.
alter table person add column language varchar(8);
