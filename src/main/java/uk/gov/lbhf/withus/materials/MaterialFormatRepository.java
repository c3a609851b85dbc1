package uk.gov.lbhf.withus.materials;

import org.springframework.data.jpa.repository.JpaRepository;

interface MaterialFormatRepository extends JpaRepository<MaterialFormat, Long> {}
