package uk.gov.lbhf.withus.people;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PersonRepository extends JpaRepository<Person, Long> {

    Optional<Person> findByUsernameIgnoreCase(String username);
}
