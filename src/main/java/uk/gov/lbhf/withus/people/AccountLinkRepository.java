package uk.gov.lbhf.withus.people;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccountLinkRepository extends JpaRepository<AccountLink, Long> {

    Optional<AccountLink> findBySecretHash(String secretHash);

    List<AccountLink> findByPersonIdAndPurpose(long personId, AccountLink.Purpose purpose);
}
